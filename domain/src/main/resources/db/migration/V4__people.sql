-- People: an account becomes a person's profile (employee number, email, branch, hire date), and
-- branches are the stores and sites they work at. Staff accounts (the first administrator) have
-- no employee number. An account enrolled from a roster has no password until HR issues a
-- one-time password: the login query only accepts accounts with a password.
-- The audit log records who exported or imported what, and when.

create sequence branch_seq start with 1 increment by 50;

create table branch (
    id         bigint primary key,
    code       varchar(32)  not null,
    name       varchar(200) not null,
    created_at timestamp(6) with time zone not null,
    constraint branch_code_unique unique (code)
);

alter table account add column employee_number varchar(32);
alter table account add column email varchar(254);
alter table account add column branch_id bigint references branch (id);
alter table account add column hire_date date;
alter table account add column must_change_password boolean not null default false;
alter table account alter column password_hash drop not null;
alter table account add constraint account_employee_number_unique unique (employee_number);

create index account_branch on account (branch_id);

create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id        bigint primary key,
    at        timestamp(6) with time zone not null,
    actor     varchar(64)   not null,
    action    varchar(40)   not null,
    details   varchar(20000) not null,
    row_count bigint        not null
);

create index audit_event_at on audit_event (at);
create index audit_event_action_at on audit_event (action, at);
