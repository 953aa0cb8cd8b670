-- When a person's personal data was erased (PersonErasure): their account keeps their results under a pseudonym,
-- never changes again, and HR's people list tells it from those who only left. Accounts erased before this column
-- are known by what erasure left of them.
alter table account add column erased_at timestamp(6) with time zone;

update account set erased_at = created_at
 where username like 'erased-%' and display_name = 'Erased person' and employee_number is null
   and password_hash is null;
