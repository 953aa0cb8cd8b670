-- Copies the scenario's completed attempts (with their turns and card histories) until there are :attempts of them,
-- each copy a second after the last, so the rescore has as many to score as a busy scenario would.
create temp table seed as
    select a.* from attempt a join scenario s on s.id = a.scenario_id
    where s.slug = :'slug' and a.status = 'COMPLETED';
create temp table copy_of as
    select s.id as original, gen_random_uuid() as copy, g as n
    from seed s, generate_series(1, (:attempts / (select count(*) from seed)) - 1) g;
insert into attempt (id, account_id, branch_id, scenario_id, rubric_version_id, status, current_step, turns,
                     started_at, finished_at, points, max_points, share, passed, failed_critical, under_review, version)
    select c.copy, s.account_id, s.branch_id, s.scenario_id, s.rubric_version_id, s.status, s.current_step, s.turns,
           s.started_at + c.n * interval '1 second', s.finished_at + c.n * interval '1 second', s.points,
           s.max_points, s.share, s.passed, s.failed_critical, s.under_review, s.version
    from seed s join copy_of c on c.original = s.id;
create temp table turn_copy as
    select t.id as original, gen_random_uuid() as copy, c.copy as attempt
    from turn t join copy_of c on c.original = t.attempt_id;
insert into turn (id, attempt_id, number, step, answer, card, rubric_version_id, next_step, under_review,
                  idempotency_key, created_at)
    select tc.copy, tc.attempt, t.number, t.step, t.answer, t.card, t.rubric_version_id, t.next_step, t.under_review,
           t.idempotency_key, t.created_at
    from turn t join turn_copy tc on tc.original = t.id;
insert into turn_card (id, turn_id, rubric_version_id, source, card, recorded_at, recorded_by)
    select nextval('turn_card_seq'), tc.copy, k.rubric_version_id, k.source, k.card, k.recorded_at, k.recorded_by
    from turn_card k join turn_copy tc on tc.original = k.turn_id;
