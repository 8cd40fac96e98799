-- A deleted plan stays in its tables (and keeps its code) until an administrator restores it: deleted_at says when,
-- deleted_by who. Pages, lists and the API do not see it; its audit history stays whole. plan_aud follows plan.
alter table plan add column deleted_at timestamp with time zone;
alter table plan add column deleted_by varchar(100);
alter table plan_aud add column deleted_at timestamp with time zone;
alter table plan_aud add column deleted_by varchar(100);
