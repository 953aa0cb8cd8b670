-- Mail that comes by the thousand (reminders, digests) waits behind mail a person is waiting for (a link to choose a
-- password, a certificate): a backlog of reminders must not hold up someone locked out for hours. The mail job looks
-- the waiting mail up in that order.
alter table outgoing_mail add column bulk boolean default false not null;
drop index outgoing_mail_due;
create index outgoing_mail_waiting on outgoing_mail (bulk, next_attempt_at, id);
