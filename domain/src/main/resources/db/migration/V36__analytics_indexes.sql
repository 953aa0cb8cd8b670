-- Analytics read a scenario's latest turns newest first, and the turns trainers overrode: without these indexes, every
-- turn and every kept card of the installation at each view (a million turns: 2.1 s and 0.25 s).
create index turn_created on turn (created_at);
create index turn_card_source on turn_card (source, turn_id);
