-- A one-time password works for a while only (extramile.people.one-time-password-days from its issue); those issued
-- before this column existed get the default week from now.
alter table account add column one_time_password_expires timestamp(6) with time zone;
update account set one_time_password_expires = current_timestamp + interval '7' day where must_change_password = true;
