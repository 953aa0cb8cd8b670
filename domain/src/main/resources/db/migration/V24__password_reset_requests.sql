-- "Forgot your password?" requests, counted per client address in the tables of the failed logins (as V11 did for
-- verification misses): a fourth scope, 'reset'.
alter table login_key drop constraint login_key_scope;
alter table login_key add constraint login_key_scope check (scope in ('account', 'address', 'verify', 'reset'));
