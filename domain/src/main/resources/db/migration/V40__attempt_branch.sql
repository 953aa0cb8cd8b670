-- An attempt counts for the branch its trainee worked at when they started it: analytics by branch read that, so a
-- trainee who moves to another store takes their next attempts there, not their past ones. Attempts from before
-- this take the branch their trainee is at now, all that is known of them.
alter table attempt add column branch_id bigint references branch (id);
update attempt set branch_id = (select a.branch_id from account a where a.id = attempt.account_id);
