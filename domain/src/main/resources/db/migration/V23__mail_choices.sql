-- Which of the mails one may do without a person still wants: trainers the daily review digest, trainees the
-- reminders that a certificate expires. Versioned apart from the account, so an edit HR has open never conflicts
-- with a person's own choice, while two tabs of that person's do.
alter table account add column mail_review_digest boolean default true not null;
alter table account add column mail_expiry_reminders boolean default true not null;
alter table account add column mail_choices_version integer default 0 not null;
