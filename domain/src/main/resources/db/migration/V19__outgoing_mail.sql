-- Mail waits here until the mail job hands it to the organisation's SMTP server. It is written in the transaction of
-- what it tells (a certificate issued, an expiry notice), so no mail goes out for work rolled back and none is lost
-- while the server is down: a failed delivery is tried again later, and given up after some hours.
create sequence outgoing_mail_seq start with 1 increment by 50;

create table outgoing_mail (
    id              bigint primary key,
    recipient       varchar(320)   not null,
    subject         varchar(300)   not null,
    -- Emptied once the mail is sent or given up: it may hold a link that lets its reader choose a password.
    body            varchar(20000),
    created_at      timestamp(6) with time zone not null,
    next_attempt_at timestamp(6) with time zone not null,
    attempts        integer not null,
    last_error      varchar(500),
    sent_at         timestamp(6) with time zone,
    given_up_at     timestamp(6) with time zone
);

create index outgoing_mail_due on outgoing_mail (next_attempt_at);
