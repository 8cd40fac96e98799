-- Money released from a plan's contingency reserve (issue 13): one row per drawdown, in the order they were made,
-- audited like the budget lines it adds to.
create table plan_reserve_drawdown (
    plan_id        bigint           not null references plan (id),
    list_index     integer          not null,
    drawn_on       date,
    category_code  varchar(64),
    quarter        varchar(7),
    amount         double precision not null,
    reason         varchar(1000),
    drawn_by       varchar(200),
    primary key (plan_id, list_index)
);

create table plan_reserve_drawdown_aud (
    revtype        smallint not null,
    rev            bigint not null,
    plan_id        bigint not null,
    list_index     integer not null,
    drawn_on       date,
    category_code  varchar(64),
    quarter        varchar(7),
    amount         double precision,
    reason         varchar(1000),
    drawn_by       varchar(200),
    primary key (revtype, list_index, rev, plan_id),
    constraint fk_plan_reserve_drawdown_aud_rev foreign key (rev) references plan_revision (id)
);
