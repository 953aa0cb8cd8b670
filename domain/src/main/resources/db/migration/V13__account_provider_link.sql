-- An administrator may let the next sign-in through the identity provider with an account's username bind that
-- account, until a time (docs/security.md): the one account, for a while, instead of
-- extramile.oidc.link-existing-by-username for every account. Cleared when the account is bound or unbound.

alter table account add column provider_link_until timestamp(6) with time zone;
