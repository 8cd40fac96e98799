-- WBS codes are outline numbers: a structural edit (insert, indent, move) renumbers elements, swapping codes between
-- rows in one save. A unique index on (plan_id, code) is checked row by row as the rows are updated, so such a swap
-- could not be written. Unique codes stay a rule of every save: the plan checker refuses a plan with two elements of
-- one code before anything is written. The index stays for lookups by code.
alter table activity drop constraint uk_activity_code;
create index ix_activity_plan_code on activity (plan_id, code);
