/**
 * WBS records and the deterministic schedule. {@link org.keelson.simulation.schedule.CriticalPathScheduler}
 * computes early/late dates, total float and the critical path on the plan's working calendar
 * ({@link org.keelson.simulation.schedule.WorkingDayCalendar}) with Microsoft Project's link rules (checked against
 * MPXJ's scheduler); {@link org.keelson.simulation.schedule.ScheduleNetwork} is the compiled form the Monte Carlo
 * engine reuses.
 */
package org.keelson.simulation.schedule;
