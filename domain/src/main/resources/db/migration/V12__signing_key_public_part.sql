-- The public part of each signing key, kept apart from the private one: publishing the keys (the JWKS) then never
-- opens a private key, which may be sealed with a key-encryption key. Filled for earlier keys at the next start.
alter table signing_key add column public_jwk varchar(1000);
