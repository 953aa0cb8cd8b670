-- A trainee may ask a trainer to look at one of their answers again, once, saying why: the request puts the turn back
-- in the review queue, and its note stays with the turn for the trainer and the audit.
alter table turn add column review_request varchar(1000);
alter table turn add column review_requested_at timestamp(6) with time zone;
