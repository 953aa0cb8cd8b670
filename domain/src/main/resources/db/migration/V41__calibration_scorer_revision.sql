-- The revision of the scorer that fitted a stored calibration: its models weigh what that revision read in answers,
-- so after an upgrade that reads them otherwise, a calibration of an earlier revision is fitted again rather than
-- loaded. Those stored before this are of revision 0, older than any.
alter table rubric_calibration add column scorer_revision integer not null default 0;
