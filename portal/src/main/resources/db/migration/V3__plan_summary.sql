-- Read model of the portfolio and the plan overview: one row per plan with the figures of PlanSummary, written
-- when a plan is imported (PlanService) so that listing plans never loads a plan graph. Plans stored before
-- this table existed get their row at the next start (PlanSummaryBackfill). Every figure, the milestone warning
-- included, is measured at the plan's effective status date, so a row stays true until the plan changes.
create table plan_summary (
    plan_id                  bigint        not null primary key references plan (id),
    code                     varchar(64)   not null,
    name_zh                  varchar(1000),
    name_en                  varchar(1000),
    status                   varchar(16),
    currency                 varchar(3),
    manager                  varchar(200),
    start_date               date,
    deadline                 date,
    status_date              date,
    budget_total             double precision,
    contingency_reserve      double precision,
    spend                    double precision not null,
    progress_percent         double precision not null,
    next_milestone_code      varchar(64),
    next_milestone_name_zh   varchar(1000),
    next_milestone_name_en   varchar(1000),
    next_milestone_due       date,
    next_milestone_warning   varchar(16),
    high_risk_count          integer       not null,
    constraint uk_plan_summary_code unique (code)
);
