package org.keelson.simulation.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.keelson.simulation.testing.PlanFixtures.START;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.testing.PlanFixtures;

class EarnedValueTest {

    /** START is Monday 3 March 2025; the status date Friday 14 March closes two working weeks. */
    private static final LocalDate STATUS = LocalDate.of(2025, 3, 14);

    /**
     * 1.1: 3–14 March (10 working days), 10,000, half done, started on time.
     * 1.2: 10–21 March (10 working days), 1,000 a day x 10, not started: 5 of its days lie before the status date.
     * 1.3: 24 March – 4 April (6 working days in Q1, 4 in Q2), 1,000 a day x 10.
     * 2: a milestone on 31 March. HW actuals 8,000; OPS is charged to no activity and stays out of AC.
     */
    private static Plan plan(LocalDate statusDate) {
        List<Activity> wbs = List.of(
                leaf("1", null, null, 0, 0, 0, null),
                leaf("1.1", START, STATUS, 10_000, 0, 50, START),
                leaf("1.2", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 21), 0, 1_000, 0, null),
                leaf("1.3", LocalDate.of(2025, 3, 24), LocalDate.of(2025, 4, 4), 0, 1_000, 0, null),
                new Activity("2", null, null, null, true, 0, null, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31), 0,
                        null, null, 0, 0, null, null));
        Budget budget = new Budget(30_000, 0, List.of(), List.of(
                new BudgetLine("HW", Quarter.parse("2025-Q1"), 26_000, 8_000),
                new BudgetLine("OPS", Quarter.parse("2025-Q1"), 5_000, 99_999)));
        return PlanFixtures.builder(wbs).statusDate(statusDate).budget(budget).build();
    }

    private static Activity leaf(String code, LocalDate start, LocalDate finish, double fixedCost, double costPerDay,
            double percent, LocalDate actualStart) {
        return new Activity(code, null, null, null, false, start == null ? 0 : 10, null, start, finish, percent,
                actualStart, null, fixedCost, costPerDay, start == null ? null : "HW", null);
    }

    @Test
    void measuresAtTheStatusDate() {
        Measures m = new EarnedValue(plan(STATUS)).total();

        assertEquals(30_000, m.bac(), 1e-9);
        assertEquals(10_000 + 5_000, m.pv(), 1e-9);
        assertEquals(5_000, m.ev(), 1e-9);
        assertEquals(8_000, m.ac(), 1e-9);
        assertEquals(-10_000, m.sv(), 1e-9);
        assertEquals(-3_000, m.cv(), 1e-9);
        assertEquals(1.0 / 3, m.spi(), 1e-12);
        assertEquals(0.625, m.cpi(), 1e-12);
        assertEquals(48_000, m.eac(), 1e-9);
        // 8,000 + 25,000 / (0.625 / 3)
        assertEquals(128_000, m.eacCpiSpi(), 1e-6);
        assertEquals(40_000, m.etc(), 1e-9);
        assertEquals(-18_000, m.vac(), 1e-9);
        assertEquals(25_000.0 / 22_000, m.tcpi(), 1e-12);
        assertEquals(100.0 / 6, m.percentComplete(), 1e-9);
    }

    @Test
    void aWbsElementHasScheduleMeasuresButNoCost() {
        EarnedValue values = new EarnedValue(plan(STATUS));

        Measures summary = values.of("1");
        assertEquals(30_000, summary.bac(), 1e-9);
        assertEquals(15_000, summary.pv(), 1e-9);
        assertEquals(1.0 / 3, summary.spi(), 1e-12);
        assertNull(summary.ac());
        assertNull(summary.cpi());
        assertNull(summary.eac());
        assertNull(summary.tcpi());
        assertEquals(5_000, values.of("1.2").pv(), 1e-9);
        assertEquals(0, values.of("2").bac(), 1e-9);
    }

    @Test
    void quartersCarryTheSpreadAndCumulativeMeasures() {
        EarnedValue values = new EarnedValue(plan(STATUS));
        List<EarnedValue.Period> periods = values.periods();

        assertEquals(List.of(Quarter.parse("2025-Q1"), Quarter.parse("2025-Q2")), values.quarters());
        assertEquals(List.of("2025-Q1", "2025-Q2"), periods.stream().map(EarnedValue.Period::label).toList());
        assertEquals(0, values.statusPeriod());
        assertEquals(10_000 + 10_000 + 6_000, periods.get(0).pv(), 1e-9);
        assertEquals(5_000, periods.get(0).ev(), 1e-9);
        assertEquals(8_000, periods.get(0).ac(), 1e-9);
        assertEquals(0.625, periods.get(0).cumulative().cpi(), 1e-12);
        assertEquals(4_000, periods.get(1).pv(), 1e-9);
        assertNull(periods.get(1).ev());
        assertNull(periods.get(1).ac());
        assertEquals(30_000, periods.get(1).cumulative().pv(), 1e-9);
        assertNull(periods.get(1).cumulative().spi());
    }

    @Test
    void monthsSpreadByWorkingDaysAndBookAQuartersActualsAtItsEnd() {
        EarnedValue values = new EarnedValue(plan(STATUS));
        List<EarnedValue.Period> months = values.periods(EarnedValue.Granularity.MONTH);

        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"),
                months.stream().map(EarnedValue.Period::label).toList());
        assertEquals(LocalDate.of(2025, 3, 1), months.get(2).start());
        assertEquals(LocalDate.of(2025, 3, 31), months.get(2).end());
        assertEquals(0, months.get(0).pv(), 1e-9);
        assertEquals(0, months.get(0).ac(), 1e-9);
        assertNull(months.get(0).cumulative().cpi());
        // March: 1.1 and 1.2 whole, 6 of 1.3's 10 working days; April: its other 4
        assertEquals(26_000, months.get(2).pv(), 1e-9);
        assertEquals(5_000, months.get(2).ev(), 1e-9);
        // Q1 holds the status date: its actuals fall in the status date's month
        assertEquals(8_000, months.get(2).ac(), 1e-9);
        assertEquals(0.625, months.get(2).cumulative().cpi(), 1e-12);
        assertEquals(4_000, months.get(3).pv(), 1e-9);
        assertNull(months.get(3).ev());
        assertNull(months.get(3).ac());
        assertEquals(30_000, months.get(5).cumulative().pv(), 1e-9);
    }

    @Test
    void aQuarterBeforeTheStatusQuarterBooksItsActualsInItsLastMonth() {
        Plan plan = plan(LocalDate.of(2025, 4, 4));
        List<EarnedValue.Period> months = new EarnedValue(plan).periods(EarnedValue.Granularity.MONTH);
        List<EarnedValue.Period> quarters = new EarnedValue(plan).periods();

        assertEquals(8_000, months.get(2).ac(), 1e-9);
        assertEquals(0, months.get(3).ac(), 1e-9);
        assertNull(months.get(4).ac());
        assertEquals(quarters.get(0).cumulative(), months.get(2).cumulative());
        assertEquals(quarters.get(1).cumulative().ev(), months.get(3).cumulative().ev(), 1e-9);
        assertEquals(quarters.get(1).cumulative().ac(), months.get(3).cumulative().ac(), 1e-9);
    }

    @Test
    void workingDaysFollowThePlansCalendar() {
        // 10–21 March with Wednesday 12 March off and Saturday 15 March worked: 10 working days, 5 by the 15th
        Activity task = new Activity("1", null, null, null, false, 10, null, LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 21), 0, null, null, 12_000, 0, null, null);
        WorkCalendar calendar = new WorkCalendar(null, List.of(new Holiday("day off", LocalDate.of(2025, 3, 12),
                LocalDate.of(2025, 3, 12))), List.of(LocalDate.of(2025, 3, 15)));
        Plan plan = PlanFixtures.builder(List.of(task)).calendar(calendar).statusDate(LocalDate.of(2025, 3, 15)).build();

        EarnedValue.ActivityValue value = new EarnedValue(plan).activities().get(0);

        assertEquals(10, value.workingDays());
        assertEquals(5, value.workingDaysToStatus());
        assertEquals(6_000, value.plannedToStatus(), 1e-9);
    }

    @Test
    void withoutAStatusDateTheFiguresAreThoseOfThePlanStart() {
        EarnedValue values = new EarnedValue(plan(null));

        assertEquals(START, values.statusDate());
        // the first of 1.1's ten working days is planned, nothing else
        assertEquals(1_000, values.total().pv(), 1e-9);
    }
}
