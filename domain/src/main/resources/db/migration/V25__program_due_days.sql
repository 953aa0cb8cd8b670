-- A program may have to be completed within some days of a person's hire: HR sees who is late, trainees by when.
-- Null: no deadline.
alter table program add column due_days integer;
