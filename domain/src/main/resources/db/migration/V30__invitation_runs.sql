-- A bulk invitation started over the API runs in the background: its record follows it (people looked at of those
-- counted at the start, then what it did or why it stopped), so that whoever started it, on whichever node, can watch
-- it. Those without an email address, who need a one-time password, are listed once it is done.
create table invitation_run (
    id            uuid primary key,
    started_by    varchar(64)   not null,
    started_at    timestamp(6) with time zone not null,
    ended_at      timestamp(6) with time zone,
    status        varchar(16)   not null,
    total         integer       not null,
    looked        integer       not null,
    mailed        integer       not null,
    still_working integer       not null,
    failure       varchar(2000)
);

create table invitation_run_without_email (
    run_id          uuid        not null references invitation_run (id) on delete cascade,
    employee_number varchar(32) not null
);

create index invitation_run_without_email_run on invitation_run_without_email (run_id);
