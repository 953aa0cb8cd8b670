-- The language a person last used the pages in, so that the mail they are sent speaks it; null until they do.
alter table account add column language varchar(8);
