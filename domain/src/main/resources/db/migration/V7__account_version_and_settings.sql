-- Administration: an account carries a version, so two administrators changing the same account at once
-- see a conflict instead of one silently undoing the other; organisation settings an administrator edits
-- live in the database (configuration gives their defaults), one row per setting.

alter table account add column version bigint not null default 0;

create table setting (
    name       varchar(64)   primary key,
    setting_value varchar(2000) not null,
    version    bigint        not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(64)   not null
);
