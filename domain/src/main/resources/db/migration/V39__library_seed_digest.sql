-- The SHA-256 of the library pack an installation has taken (seeded or loaded) or chosen to keep its own version
-- against; a later ExtraMile whose pack differs offers it as an update. Null for packs seeded before: unknown.
alter table library_seed add column pack_digest varchar(64);
