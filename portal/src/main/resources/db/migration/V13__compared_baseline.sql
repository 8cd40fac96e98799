-- The baseline a plan's comparisons use (issue 11): at most one per plan is marked; without a mark the latest
-- captured one is used, as before.
alter table baseline add column compared boolean default false not null;
alter table baseline_aud add column compared boolean;
