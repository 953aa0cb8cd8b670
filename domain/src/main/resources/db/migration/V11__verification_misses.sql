-- Lookups of certificate serials that do not exist, counted per client address in the tables of the failed logins
-- (org.extramile.throttle.FailureCounts), so that every node of a cluster throttles the same addresses: a third scope,
-- 'verify', beside 'account' and 'address'. The tables keep their names: renaming them would break the nodes of a
-- rolling upgrade still running the old code, while widening the check leaves them working.
alter table login_key drop constraint login_key_scope;
alter table login_key add constraint login_key_scope check (scope in ('account', 'address', 'verify'));
