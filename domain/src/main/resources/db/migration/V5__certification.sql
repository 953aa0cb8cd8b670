-- Programs group scenarios into something a certificate can be issued for; certificates are frozen
-- snapshots (the holder, the program and the results as they were at issue) with the PDF that was
-- handed out, so later edits never change what was certified. Signing keys sign the Open Badges
-- credentials; retired keys stay published so earlier credentials still verify.

create sequence program_seq start with 1 increment by 50;

create table program (
    id              bigint primary key,
    slug            varchar(60) not null unique,
    title           varchar(200) not null,
    description     varchar(2000) not null,
    scenarios       varchar(4000) not null,
    min_average     numeric(4, 3),
    validity_months integer not null,
    issuer_name     varchar(200) not null,
    issuer_url      varchar(500) not null,
    issuer_logo_url varchar(500),
    version         bigint not null,
    updated_at      timestamp(6) with time zone not null,
    updated_by      varchar(64) not null
);

create sequence certificate_seq start with 1 increment by 50;
create sequence certificate_status_index_seq minvalue 0 start with 0 increment by 1;

create table certificate (
    id                bigint primary key,
    serial            varchar(32) not null unique,
    program_id        bigint not null references program (id),
    account_id        bigint not null references account (id),
    snapshot          varchar(100000) not null,
    issued_at         timestamp(6) with time zone not null,
    expires_at        timestamp(6) with time zone not null,
    status            varchar(16) not null,
    status_index      integer not null unique,
    pdf_sha256        varchar(64) not null,
    revoked_at        timestamp(6) with time zone,
    revoked_by        varchar(64),
    revocation_reason varchar(1000),
    superseded_by     varchar(32),
    reissue_of        varchar(32),
    version           bigint not null
);

create index certificate_holder on certificate (account_id, program_id);
create index certificate_issued on certificate (issued_at);

create table certificate_pdf (
    certificate_id bigint primary key references certificate (id),
    content        bytea not null
);

create table signing_key (
    kid         varchar(64) primary key,
    algorithm   varchar(16) not null,
    private_jwk varchar(4000) not null,
    created_at  timestamp(6) with time zone not null,
    retired_at  timestamp(6) with time zone
);
