-- A rescore runs in the background: its record is written when it starts and follows it (how many answers are scored
-- so far, then how it ended), so that the trainer who started it, on whichever node, can watch it. Earlier rescores
-- were recorded once done: they started and ended at once as far as anyone can tell now.
alter table rescore add column status varchar(16) default 'DONE' not null;
alter table rescore add column scored integer default 0 not null;
alter table rescore add column started_at timestamp(6) with time zone;
alter table rescore add column failure varchar(2000);
update rescore set started_at = rescored_at, scored = turns;
alter table rescore alter column started_at set not null;
alter table rescore alter column rescored_at drop not null;
