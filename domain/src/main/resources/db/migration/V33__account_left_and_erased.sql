-- When a person left (their account made inactive), and when their personal data was erased (PersonErasure): a
-- retention period counts from the first, and what is left after the second keeps their results under a pseudonym,
-- never changes again, and is told apart on HR's people list.
alter table account add column left_at timestamp(6) with time zone;
alter table account add column erased_at timestamp(6) with time zone;

-- Accounts erased before these columns are known by what erasure left of them.
update account set erased_at = created_at
 where username like 'erased-%' and display_name = 'Erased person' and employee_number is null
   and password_hash is null;

-- Who had already left is counted from today: a retention period must not erase anyone the day it is set up.
update account set left_at = current_timestamp where active = false;
