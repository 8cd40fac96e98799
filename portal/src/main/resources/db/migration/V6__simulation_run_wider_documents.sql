-- A plan of 2,000 activities is about 1.2 million characters of interchange JSON, more than the 1,000,000 that V5
-- allowed for a run's snapshot: such runs could not be stored. 10,485,760 is the widest varchar PostgreSQL has
-- (H2 2.x reads and writes it as a plain string too) and covers any plan that fits the 10 MiB import limit.
alter table simulation_run alter column plan_snapshot set data type varchar(10485760);
alter table simulation_run alter column result_json set data type varchar(10485760);
