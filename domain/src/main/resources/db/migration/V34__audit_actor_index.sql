-- What one person did: the audit page's actor filter, and erasing a person (the entries of their own doings name
-- them as actor) read the whole log without it.
create index audit_event_actor on audit_event (actor, at);
