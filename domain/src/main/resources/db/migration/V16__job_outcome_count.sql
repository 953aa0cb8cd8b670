-- How many things a job's last successful run handled (notices, rubric versions, rows), so that a page can say it in
-- its reader's language; the outcome column keeps the English sentence for the log and the API.
alter table job_run add column outcome_count bigint;
