-- The foundation: accounts with their roles, and the scenario catalogue.
-- Portable SQL: the same script migrates PostgreSQL and the embedded H2 (in PostgreSQL mode).

create sequence account_seq start with 1 increment by 50;

create table account (
    id            bigint primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(400) not null,
    active        boolean      not null,
    created_at    timestamp(6) with time zone not null,
    constraint account_username_unique unique (username)
);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(16) not null,
    primary key (account_id, role),
    constraint account_role_known check (role in ('TRAINEE', 'TRAINER', 'HR', 'ADMIN'))
);

create sequence scenario_seq start with 1 increment by 50;

create table scenario (
    id           bigint primary key,
    slug         varchar(80)   not null,
    title        varchar(200)  not null,
    summary      varchar(2000) not null,
    source_story varchar(200),
    status       varchar(16)   not null,
    version      bigint        not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint scenario_slug_unique unique (slug),
    constraint scenario_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);

-- Which library packs were seeded once, so that a restart neither duplicates nor restores them.
create table library_seed (
    slug      varchar(80) primary key,
    seeded_at timestamp(6) with time zone not null
);
