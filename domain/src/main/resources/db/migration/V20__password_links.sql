-- A link mailed to a person to choose their own password: HR's invitation by mail, or a reset the person asked for. Only the SHA-256 of its token is
-- kept, so a copy of the database opens no account; a link works once, until it expires, and a newer one replaces it.
create sequence password_link_seq start with 1 increment by 50;

create table password_link (
    id         bigint primary key,
    account_id bigint      not null references account (id),
    -- INVITATION (HR mailed it) or RESET (the person asked for it from the login page).
    purpose    varchar(16) not null,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at    timestamp(6) with time zone,
    constraint password_link_token unique (token_hash)
);

create index password_link_account on password_link (account_id);
