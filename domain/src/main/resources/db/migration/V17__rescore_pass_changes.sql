-- What a rescore changed for trainees: how many of its attempts pass now that did not, and how many no longer pass.
-- Unknown (null) for the rescores recorded before.
alter table rescore add column now_passing integer;
alter table rescore add column now_failing integer;
