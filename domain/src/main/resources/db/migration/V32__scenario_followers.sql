-- The scenarios each trainer looks after: their review digest counts the answers waiting in those only, and the
-- review queue can show those only. A trainer who follows none hears of every scenario, as before.
create table scenario_follower (
    account_id  bigint not null references account (id) on delete cascade,
    scenario_id bigint not null references scenario (id) on delete cascade,
    followed_at timestamp(6) with time zone not null,
    primary key (account_id, scenario_id)
);

create index scenario_follower_scenario on scenario_follower (scenario_id);
