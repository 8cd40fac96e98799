-- The description of a risk (cause, event, effect) and its response (issue 12): when its owner next reviews it,
-- what the response costs, the scores (probability x impact) that trigger its three response levels, and its
-- actions with owner, due date and done.
-- risk_aud and risk_action_aud follow V7__plan_audit.sql: the audited tables' columns plus rev and revtype.
-- The portfolio flags plans with risks whose trigger is reached (plan_summary.triggered_risk_count; no plan had
-- triggers before, so 0 is every existing row's count). One statement set for H2 2.x and PostgreSQL 15.

alter table risk add column description_zh varchar(8000);
alter table risk add column description_en varchar(8000);
alter table risk add column review_date date;
alter table risk add column mitigation_cost double precision;
alter table risk add column warning_score integer;
alter table risk add column stop_loss_score integer;
alter table risk add column recovery_score integer;

create table risk_action (
    risk_id      bigint         not null references risk (id),
    list_index   integer        not null,
    description  varchar(1000)  not null,
    owner        varchar(64),
    due_date     date,
    done         boolean        not null,
    primary key (risk_id, list_index)
);

alter table risk_aud add column description_zh varchar(8000);
alter table risk_aud add column description_en varchar(8000);
alter table risk_aud add column review_date date;
alter table risk_aud add column mitigation_cost double precision;
alter table risk_aud add column warning_score integer;
alter table risk_aud add column stop_loss_score integer;
alter table risk_aud add column recovery_score integer;

create table risk_action_aud (
    revtype      smallint not null,
    list_index   integer not null,
    rev          bigint not null,
    risk_id      bigint not null,
    description  varchar(1000),
    owner        varchar(64),
    due_date     date,
    done         boolean,
    primary key (revtype, list_index, rev, risk_id),
    constraint fk_risk_action_aud_rev foreign key (rev) references plan_revision (id)
);

alter table plan_summary add column triggered_risk_count integer default 0 not null;
