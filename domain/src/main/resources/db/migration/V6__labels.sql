-- Labels come from three places now: a trainer's override of a scored turn, a "this verdict is
-- wrong" in preview, and the labelled examples a scenario pack carries. Preview labels and pack
-- examples belong to the scenario's draft rubric (no rubric version yet: rubric_version_id is null)
-- and are copied to each version the draft is published as. Every label keeps its scenario, so the
-- draft's labels are found without a version.

alter table scoring_label add column scenario_id bigint references scenario (id) on delete cascade;

update scoring_label set scenario_id =
    (select v.scenario_id from rubric_version v where v.id = scoring_label.rubric_version_id);

alter table scoring_label alter column scenario_id set not null;
alter table scoring_label alter column rubric_version_id drop not null;

alter table scoring_label add column source varchar(16) default 'OVERRIDE' not null;
alter table scoring_label alter column source drop default;
alter table scoring_label add constraint scoring_label_source_known
    check (source in ('OVERRIDE', 'PREVIEW', 'EXAMPLE'));

create index scoring_label_version on scoring_label (rubric_version_id);
create index scoring_label_scenario on scoring_label (scenario_id, rubric_version_id);
