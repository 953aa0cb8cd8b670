-- Single sign-on binds an account to the provider's permanent identity of the person: the issuer and the subject
-- (OpenID Connect Core §5.7: only this pair is stable and unique; preferred_username may change or be reassigned).
-- Both or neither: an account that only logs in with a password has none. The subject is at most 255 ASCII
-- characters (OpenID Connect Core §2); the issuer is a URL. Accounts single sign-on created before this version are
-- not bound: docs/security.md says how an administrator links them.

alter table account add column provider_issuer varchar(1000);
alter table account add column provider_subject varchar(255);

alter table account add constraint account_provider_identity_unique unique (provider_issuer, provider_subject);
alter table account add constraint account_provider_identity_whole check (
    (provider_issuer is null and provider_subject is null)
    or (provider_issuer is not null and provider_subject is not null));
