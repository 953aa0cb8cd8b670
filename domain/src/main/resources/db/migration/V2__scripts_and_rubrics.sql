-- Scenarios get their script (situation, persona, steps) and pass mark; rubrics get a draft per
-- scenario and immutable published versions. Scripts and rubrics are stored as JSON documents:
-- they are read and written whole, and a published version must never change.

alter table scenario add column script varchar(1000000) not null default '{"steps":[]}';
alter table scenario add column pass_mark numeric(4, 3) not null default 0.6;

create table rubric_draft (
    scenario_id bigint primary key references scenario (id) on delete cascade,
    content     varchar(1000000) not null,
    version     bigint not null,
    updated_at  timestamp(6) with time zone not null,
    updated_by  varchar(64) not null
);

create sequence rubric_version_seq start with 1 increment by 50;

create table rubric_version (
    id           bigint primary key,
    scenario_id  bigint not null references scenario (id) on delete cascade,
    number       integer not null,
    content      varchar(1000000) not null,
    script       varchar(1000000) not null,
    pass_mark    numeric(4, 3) not null,
    published_at timestamp(6) with time zone not null,
    published_by varchar(64) not null,
    constraint rubric_version_number_unique unique (scenario_id, number)
);
