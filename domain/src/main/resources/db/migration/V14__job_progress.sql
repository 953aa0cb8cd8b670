-- How far a job's run has gone (steps done of the total the job counts), so that an administrator who started a long
-- run, on whichever node, can watch it. Null for a job that reports no steps.
alter table job_run add column progress_done integer;
alter table job_run add column progress_total integer;
