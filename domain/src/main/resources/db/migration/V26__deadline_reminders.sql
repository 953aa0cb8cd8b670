-- A reminder mailed to a trainee that a program's deadline comes (window_days before it) or has passed (window 0):
-- one per trainee, program, deadline and window, so neither a second run nor a second node mails it twice. The
-- deadline is part of the key: HR correcting a hire date moves it, and the reminders start over for the new day.
create sequence deadline_reminder_seq start with 1 increment by 50;

create table deadline_reminder (
    id          bigint primary key,
    account_id  bigint  not null references account (id),
    program_id  bigint  not null references program (id),
    due_by      date    not null,
    window_days integer not null,
    reminded_at timestamp(6) with time zone not null,
    constraint deadline_reminder_once unique (account_id, program_id, due_by, window_days)
);

-- Whether a trainee wants those reminders by mail (the deadline shows on their pages anyway), and whether HR wants
-- to hear of those who have just become late (HR's dashboard lists them anyway).
alter table account add column mail_deadline_reminders boolean default true not null;
alter table account add column mail_late_digest boolean default true not null;
