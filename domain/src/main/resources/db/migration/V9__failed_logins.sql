-- Failed logins, counted in the database so that every node of a cluster sees the same counts and the same locks
-- (org.extramile.login.FailedLogins). A key is a username (trimmed, lowercased) or a client address, kept only as the
-- SHA-256 hex of that text: usernames are typed by anyone, may be long, and are now and then a mistyped password.

-- One row per key that failed lately or is locked. A count is taken under this row's lock (select ... for update),
-- so two nodes counting the same key take turns.
create table login_key (
    scope        varchar(8)  not null,
    key_hash     varchar(64) not null,
    locked_until timestamp(6) with time zone,
    -- When the row stops meaning anything (its last failure has left the window, its lock is over): the prune's mark.
    kept_until   timestamp(6) with time zone not null,
    primary key (scope, key_hash),
    constraint login_key_scope check (scope in ('account', 'address'))
);

create index login_key_kept_until on login_key (kept_until);

-- One row per failure of a key, until it leaves the window.
create table login_failure (
    scope        varchar(8)  not null,
    key_hash     varchar(64) not null,
    counts_until timestamp(6) with time zone not null,
    constraint login_failure_key foreign key (scope, key_hash) references login_key (scope, key_hash) on delete cascade
);

create index login_failure_of_key on login_failure (scope, key_hash);
create index login_failure_counts_until on login_failure (counts_until);
