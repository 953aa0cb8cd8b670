-- Scheduled jobs run once per cluster. Each job's last run is kept here, read under the job's cluster lock, so a node
-- whose schedule fires after another node has run the job today does not run it again.

create table job_run (
    job          varchar(64)   primary key,
    node         varchar(200)  not null,
    started_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone,
    -- When the last run that succeeded started: what "already ran today" is measured against.
    succeeded_at timestamp(6) with time zone,
    outcome      varchar(2000)
);

-- A notice that a certificate expires soon: one per certificate and window (30 days, say), so neither a second run
-- nor a second node ever writes it twice.
create sequence expiry_notice_seq start with 1 increment by 50;

create table expiry_notice (
    id             bigint primary key,
    certificate_id bigint  not null references certificate (id),
    window_days    integer not null,
    expires_at     timestamp(6) with time zone not null,
    noticed_at     timestamp(6) with time zone not null,
    constraint expiry_notice_once unique (certificate_id, window_days)
);

-- The calibration of a published rubric version and the labels it was fitted on (their count and highest id): a node
-- that finds it loads it instead of fitting the models again. Only numbers and the labelled answers' clauses with
-- their vectors (about 2 kB a clause), reproducible from the labels; a calibration too big for the column is not
-- stored, and each node fits its own.
create table rubric_calibration (
    rubric_version_id bigint primary key references rubric_version (id) on delete cascade,
    label_count       bigint        not null,
    last_label_id     bigint        not null,
    models            varchar(10000000) not null,
    calibrated_at     timestamp(6) with time zone not null
);
