-- A later deadline HR grants one trainee for one program (sick leave, a late start): it replaces the one counted
-- from the hire date for the late list, the trainee's pages and the reminders, which start over for the new day.
-- One per trainee and program; versioned, so two officers editing it at once conflict instead of overwriting.
create sequence deadline_extension_seq start with 1 increment by 50;

create table deadline_extension (
    id          bigint primary key,
    account_id  bigint       not null references account (id),
    program_id  bigint       not null references program (id),
    due_by      date         not null,
    reason      varchar(500) not null,
    granted_by  varchar(100) not null,
    granted_at  timestamp(6) with time zone not null,
    version     bigint       not null,
    constraint deadline_extension_once unique (account_id, program_id)
);
