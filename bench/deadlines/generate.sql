-- :people trainees, each with an address and hired so long ago that a 30-day deadline on cx-essentials has passed
-- for all of them (between 1 and 300 days ago): what HR setting a deadline on a program with a backlog does.
insert into account (id, username, display_name, password_hash, active, created_at, hire_date, email, employee_number)
select 10000000 + i, 'late-' || i, 'Late Trainee ' || i, 'x', true, now(), current_date - 31 - (i % 300),
       'late-' || i || '@bench.example', 'L-' || i
from generate_series(1, :people) as i;

insert into account_role (account_id, role)
select 10000000 + i, 'TRAINEE' from generate_series(1, :people) as i;

update account set email = 'hr@bench.example' where username = 'hr';
update program set due_days = 30 where slug = 'cx-essentials';
analyze account;
analyze account_role;
