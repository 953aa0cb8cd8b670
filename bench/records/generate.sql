-- Generates :rows certificates of Customer Experience Essentials for :people people at 20 branches, with
-- snapshots shaped (and sized, about 1 kB) like the ones ExtraMile issues. Run against a database ExtraMile has
-- migrated and seeded (the program must exist). One certificate in 50 is revoked; issue dates spread over years,
-- so some have expired.
\set ON_ERROR_STOP on

insert into branch (id, code, name, created_at)
select 100000 + g, 'BENCH-' || g, 'Bench branch ' || g, now() from generate_series(1, 20) g;

insert into account (id, username, display_name, password_hash, active, created_at,
                     employee_number, email, branch_id, must_change_password)
select 10000000 + g, 'bench-' || g, 'Bench Person ' || g, null, true, now(),
       'B-' || lpad(g::text, 7, '0'), 'bench.person' || g || '@example.com', 100000 + 1 + g % 20, false
from generate_series(1, :people) g;

insert into certificate (id, serial, program_id, account_id, snapshot, issued_at, expires_at, status,
                         status_index, pdf_sha256, version)
select 100000000 + g,
       'XM-B' || lpad(g::text, 9, '0'),
       (select id from program where slug = 'cx-essentials'),
       10000000 + 1 + g % :people,
       '{"criteria":"Pass every one of these role-play scenarios: free-upgrade, fetch-from-another-branch, buy-the-missing-drink.",'
           || '"employeeNumber":"B-' || lpad((1 + g % :people)::text, 7, '0') || '",'
           || '"holderName":"Bench Person ' || (1 + g % :people) || '",'
           || '"issuer":{"name":"ExtraMile Training","url":"https://extramile.example.org"},'
           || '"overallScore":' || round((s1 + s2 + s3) / 3, 4) || ','
           || '"programDescription":"Going the extra mile when what the customer wants is not on the shelf: levelling with a regular about a sold-out sale item, fetching a product from another branch, and buying a drink the bar does not carry.",'
           || '"programSlug":"cx-essentials","programTitle":"Customer Experience Essentials",'
           || '"results":[{"passedAt":"' || to_char(issued, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","rubricVersion":1,"scenario":"free-upgrade","share":' || s1 || ',"title":"The sale jar that isn''t there"},'
           || '{"passedAt":"' || to_char(issued, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","rubricVersion":1,"scenario":"fetch-from-another-branch","share":' || s2 || ',"title":"The gift that isn''t on the shelf"},'
           || '{"passedAt":"' || to_char(issued, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '","rubricVersion":1,"scenario":"buy-the-missing-drink","share":' || s3 || ',"title":"A Diet Coke by the pool"}]}',
       issued,
       issued + interval '2 years',
       case when g % 50 = 0 then 'REVOKED' else 'ISSUED' end,
       1000000 + g,
       repeat('0', 64),
       0
from (select g,
             timestamptz '2023-01-01 00:00:00+00' + g * interval '90 seconds' as issued,
             round((0.6 + (g % 41) / 100.0)::numeric, 4) as s1,
             round((0.7 + (g % 31) / 100.0)::numeric, 4) as s2,
             round((0.65 + (g % 36) / 100.0)::numeric, 4) as s3
      from generate_series(1, :rows) g) rows;

analyze branch;
analyze account;
analyze certificate;
