-- The same rows and columns as GET /api/records (text/csv), by PostgreSQL alone: the baseline.
-- The snapshot is cast to jsonb once per row (json would re-parse it for every field).
COPY (
    select coalesce(a.employee_number, x.s ->> 'employeeNumber') as employee_number,
           x.s ->> 'holderName' as name, a.email, b.code as branch,
           x.s ->> 'programSlug' as program, x.s ->> 'programTitle' as program_title, c.serial,
           case c.status when 'REVOKED' then 'revoked' when 'SUPERSEDED' then 'superseded'
                else case when c.expires_at > now() then 'valid' else 'expired' end end as status,
           to_char(c.issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as issued_at,
           to_char(c.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as expires_at,
           x.s ->> 'overallScore' as overall_score,
           x.s -> 'results' -> 0 ->> 'share' as "score_free-upgrade",
           x.s -> 'results' -> 1 ->> 'share' as "score_fetch-from-another-branch",
           x.s -> 'results' -> 2 ->> 'share' as "score_buy-the-missing-drink",
           '' as other_scores,
           'http://localhost:8080/verify/' || c.serial as verification_url
    from certificate c
    join account a on a.id = c.account_id
    left join branch b on b.id = a.branch_id
    cross join lateral (select c.snapshot::jsonb as s) x
    order by c.issued_at, c.id
) TO STDOUT WITH CSV HEADER;
