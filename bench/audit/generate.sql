-- :events audit entries, one every 30 seconds back from now, each about one person (E-1 .. E-:events) in the shape
-- a change of a person's record takes; ids far above the application's sequence. The index goes first and is built
-- again after (run.sh times that): maintaining it row by row would take minutes.
drop index audit_event_details_trgm;
insert into audit_event (id, at, actor, action, details, row_count)
select 1000000000 + g,
       now() - (g * interval '30 seconds'),
       'hr',
       'PEOPLE_CHANGE',
       '{"employeeNumber":"E-' || g || '","field":"email","before":"a' || g || '@bench.example","after":"b' || g
           || '@bench.example","reason":"corrected after a phone call with the branch"}',
       1
from generate_series(1, :events) g;
analyze audit_event;
