-- A long-running installation's leavers: :leavers trainees who left 400 days ago, each with :attempts attempts, and one
-- veteran with :veteran attempts; every attempt a copy of the attempt :'template' (its turns and their score cards),
-- ids far above the application's sequences. Each leaver is also named by :named audit entries and :named mails, among
-- :mails mails to others (three months of a busy installation's history); the audit log's other entries come from
-- bench/audit/generate.sql.
insert into account (id, username, display_name, password_hash, active, created_at, hire_date, email, employee_number,
                     left_at)
select 10000000 + i, 'leaver-' || i, 'Leaving Trainee ' || i, 'x', false, now() - interval '800 days',
       current_date - 800, 'leaver-' || i || '@bench.example', 'X-' || i, now() - interval '400 days'
from generate_series(0, :leavers) as i;

insert into account_role (account_id, role)
select 10000000 + i, 'TRAINEE' from generate_series(0, :leavers) as i;

-- Copies are played :spread days apart at most (0, the default: all on the template's day), the nth copy n days
-- earlier modulo :spread, as a scenario played for years is.
\if :{?spread}
\else
\set spread 0
\endif

-- Leaver 0 is the veteran.
create temporary table copied_attempt as
select gen_random_uuid() as id, account_id,
       case when :spread > 0 then (row_number() over () % :spread) * interval '1 day' else interval '0' end as earlier
from (select 10000000 + i as account_id
      from generate_series(1, :leavers) as i, generate_series(1, :attempts)
      union all
      select 10000000 from generate_series(1, :veteran)) as copies;

insert into attempt
select (jsonb_populate_record(a, jsonb_build_object('id', c.id, 'account_id', c.account_id,
        'started_at', a.started_at - c.earlier, 'finished_at', a.finished_at - c.earlier))).*
from copied_attempt c, attempt a
where a.id = :'template';

create temporary table copied_turn as
select gen_random_uuid() as id, c.id as attempt_id, t.id as template, c.earlier
from copied_attempt c, turn t
where t.attempt_id = :'template';

insert into turn
select (jsonb_populate_record(t, jsonb_build_object('id', c.id, 'attempt_id', c.attempt_id,
        'created_at', t.created_at - c.earlier))).*
from copied_turn c join turn t on t.id = c.template;

insert into turn_card
select (jsonb_populate_record(k, jsonb_build_object('id', 1000000000 + row_number() over (), 'turn_id', c.id))).*
from copied_turn c join turn_card k on k.turn_id = c.template;

insert into audit_event (id, at, actor, action, details, row_count)
select 2000000000 + i * 10 + n, now() - interval '500 days', 'hr', 'PEOPLE_CHANGE',
       '{"employeeNumber":"X-' || i || '","field":"branch","before":"CITY","after":"HARBOUR","reason":"moved"}', 1
from generate_series(0, :leavers) as i, generate_series(1, :named) as n;

insert into outgoing_mail (id, recipient, subject, body, created_at, next_attempt_at, attempts, sent_at)
select 1000000000 + g, 'someone-' || g || '@bench.example', 'Your ExtraMile certificate', null,
       now() - (g * interval '30 seconds'), now() - (g * interval '30 seconds'), 1, now() - (g * interval '30 seconds')
from generate_series(1, :mails) as g;

insert into outgoing_mail (id, recipient, subject, body, created_at, next_attempt_at, attempts, sent_at)
select 1100000000 + i * 10 + n, 'leaver-' || i || '@bench.example', 'A reminder for Leaving Trainee ' || i, null,
       now() - interval '1 day', now() - interval '1 day', 1, now() - interval '1 day'
from generate_series(0, :leavers) as i, generate_series(1, :named) as n;

analyze;
