-- Attempts: a trainee plays one scenario on the rubric version pinned at its start. Every turn is
-- stored with the score card that scored it; the unique constraints make a turn exactly-once
-- (one turn per position, one per idempotency key). Score cards are JSON documents in their rows,
-- as scripts and rubrics are (portable: the same SQL migrates PostgreSQL and H2).

create table attempt (
    id                uuid primary key,
    account_id        bigint       not null references account (id),
    scenario_id       bigint       not null references scenario (id),
    rubric_version_id bigint       not null references rubric_version (id),
    status            varchar(16)  not null,
    current_step      varchar(60),
    turns             integer      not null,
    started_at        timestamp(6) with time zone not null,
    finished_at       timestamp(6) with time zone,
    points            integer,
    max_points        integer,
    share             numeric(5, 4),
    passed            boolean,
    failed_critical   varchar(2000),
    under_review      boolean      not null,
    version           bigint       not null,
    constraint attempt_status_known check (status in ('IN_PROGRESS', 'COMPLETED', 'ABANDONED'))
);

create index attempt_account on attempt (account_id, scenario_id);
create index attempt_scenario on attempt (scenario_id);

create table turn (
    id                uuid primary key,
    attempt_id        uuid         not null references attempt (id) on delete cascade,
    number            integer      not null,
    step              varchar(60)  not null,
    answer            varchar(20000) not null,
    card              varchar(1000000) not null,
    rubric_version_id bigint       not null references rubric_version (id),
    next_step         varchar(60),
    under_review      boolean      not null,
    idempotency_key   varchar(200),
    created_at        timestamp(6) with time zone not null,
    constraint turn_number_unique unique (attempt_id, number),
    constraint turn_idempotency_unique unique (attempt_id, idempotency_key)
);

create index turn_under_review on turn (under_review);

-- Every score card a turn has had, oldest first: the scorer's, a trainer's override, a rescore.
create sequence turn_card_seq start with 1 increment by 50;

create table turn_card (
    id                bigint primary key,
    turn_id           uuid         not null references turn (id) on delete cascade,
    rubric_version_id bigint       not null references rubric_version (id),
    source            varchar(16)  not null,
    card              varchar(1000000) not null,
    recorded_at       timestamp(6) with time zone not null,
    recorded_by       varchar(64)  not null,
    constraint turn_card_source_known check (source in ('SCORER', 'OVERRIDE', 'RESCORE'))
);

create index turn_card_turn on turn_card (turn_id);

-- A trainer's override of one criterion on one turn: who, when, the level before and after, why.
create sequence score_override_seq start with 1 increment by 50;

create table score_override (
    id            bigint primary key,
    turn_id       uuid          not null references turn (id) on delete cascade,
    criterion     varchar(60)   not null,
    level_before  varchar(60)   not null,
    level_after   varchar(60)   not null,
    reason        varchar(2000) not null,
    card_before   varchar(1000000) not null,
    card_after    varchar(1000000) not null,
    overridden_by varchar(64)   not null,
    overridden_at timestamp(6) with time zone not null
);

create index score_override_turn on score_override (turn_id);

-- A trainer's rescoring of a scenario's attempts with another rubric version.
create sequence rescore_seq start with 1 increment by 50;

create table rescore (
    id                bigint primary key,
    scenario_id       bigint        not null references scenario (id),
    rubric_version_id bigint        not null references rubric_version (id),
    attempts          integer       not null,
    turns             integer       not null,
    reason            varchar(2000) not null,
    rescored_by       varchar(64)   not null,
    rescored_at       timestamp(6) with time zone not null
);

-- What trainers decided about an answer: the labels the scorer's calibration learns from.
create sequence scoring_label_seq start with 1 increment by 50;

create table scoring_label (
    id                bigint primary key,
    rubric_version_id bigint         not null references rubric_version (id),
    step              varchar(60)    not null,
    answer            varchar(20000) not null,
    criterion         varchar(60)    not null,
    level             varchar(60)    not null,
    labelled_by       varchar(64)    not null,
    labelled_at       timestamp(6) with time zone not null
);

-- How often a scenario may be attempted; no row (or a null) means without limit.
create table attempt_policy (
    scenario_id      bigint primary key references scenario (id) on delete cascade,
    max_attempts     integer,
    cooldown_minutes integer,
    version          bigint not null
);
