-- The day a program's deadline was introduced: those hired before it are given the same days from it, so that a
-- deadline set on a program with a backlog makes nobody late on the day it is set. Null (deadlines set before this
-- column existed, or none): counted from the hire date alone, as they were.
alter table program add column due_since date;
