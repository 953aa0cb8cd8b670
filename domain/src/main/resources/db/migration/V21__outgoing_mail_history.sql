-- The Mail page lists the outbox newest first, and the mail job forgets what was sent or given up 90 days ago.
create index outgoing_mail_created on outgoing_mail (created_at);
create index outgoing_mail_sent on outgoing_mail (sent_at);
create index outgoing_mail_given_up on outgoing_mail (given_up_at);
