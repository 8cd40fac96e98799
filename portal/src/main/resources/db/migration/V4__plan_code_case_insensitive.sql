-- Plan codes are unique regardless of case (src/docs/security.md): KP-000 and kp-000 cannot both exist.
-- H2 has no index on an expression and PostgreSQL 15 only stored generated columns, so the lower-case key is a
-- plain column that PlanEntity fills; the unique constraint holds against concurrent imports too.
-- Fails if the table already holds two codes that differ only in case: rename one of them first.
alter table plan add column code_key varchar(64);
update plan set code_key = lower(code);
alter table plan alter column code_key set not null;
alter table plan add constraint uk_plan_code_key unique (code_key);
