package org.keelson.simulation.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.budget.BudgetBreakdown.Amounts;
import org.keelson.simulation.budget.BudgetBreakdown.CategoryRow;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.text.BudgetGroupNames;
import org.keelson.simulation.text.LocalizedText;

class BudgetBreakdownTest {

    private static final Quarter Q1 = Quarter.parse("2025-Q1");
    private static final Quarter Q2 = Quarter.parse("2025-Q2");
    private static final Quarter Q3 = Quarter.parse("2025-Q3");
    /** Q1 and Q2 have ended, Q3 has not. */
    private static final LocalDate STATUS = LocalDate.of(2025, 7, 15);

    private static final Budget BUDGET = new Budget(12_000_000, 10,
            List.of(new BudgetCategory("HW", LocalizedText.of("硬件", "Hardware"), "capex"),
                    new BudgetCategory("SVC", LocalizedText.of("服务", "Services"), null)),
            List.of(new BudgetLine("HW", Q1, 1_000_000, 950_000),
                    new BudgetLine("SVC", Q1, 500_000, 0),
                    new BudgetLine("HW", Q2, 2_000_000, 2_100_000),
                    new BudgetLine("SVC", Q3, 400_000, 0)));

    @Test
    void splitsByCategoryAndQuarterWithTotals() {
        BudgetBreakdown b = BudgetBreakdown.of(BUDGET, STATUS);

        assertEquals(List.of(Q1, Q2, Q3), b.quarters());
        assertEquals(List.of("HW", "SVC"), b.rows().stream().map(CategoryRow::code).toList());
        CategoryRow hardware = b.rows().get(0);
        assertEquals(List.of(new Amounts(1_000_000, 1_000_000, 950_000), new Amounts(2_000_000, 2_000_000, 2_100_000),
                Amounts.ZERO), hardware.byQuarter());
        assertEquals(new Amounts(3_000_000, 3_000_000, 3_050_000), hardware.total());
        assertEquals(new Amounts(900_000, 500_000, 0), b.rows().get(1).total());
        assertEquals(List.of(new Amounts(1_500_000, 1_500_000, 950_000), new Amounts(2_000_000, 2_000_000, 2_100_000),
                new Amounts(400_000, 0, 0)), b.quarterTotals());
        assertEquals(new Amounts(3_900_000, 3_500_000, 3_050_000), b.total());
    }

    @Test
    void varianceIsPlannedToDateMinusActualSoAnOverrunIsNegative() {
        BudgetBreakdown b = BudgetBreakdown.of(BUDGET, STATUS);

        assertEquals(-50_000, b.rows().get(0).total().variance(), 1e-9);
        assertEquals(-50_000.0 / 3_000_000 * 100, b.rows().get(0).total().variancePercent(), 1e-9);
        assertEquals(3_500_000 - 3_050_000, b.total().variance(), 1e-9);
        // 3,050,000 spent + 400,000 still planned in Q3
        assertEquals(3_450_000, b.total().forecastAtCompletion(), 1e-9);
        assertNull(b.quarterTotals().get(2).variancePercent(), "nothing planned to date in Q3");
    }

    @Test
    void aQuarterEndingOnTheStatusDateHasEnded() {
        BudgetBreakdown b = BudgetBreakdown.of(BUDGET, Q2.lastDay());
        assertEquals(3_500_000, b.total().plannedToDate(), 1e-9);
        assertEquals(1_500_000, BudgetBreakdown.of(BUDGET, Q2.lastDay().minusDays(1)).total().plannedToDate(), 1e-9);
    }

    @Test
    void linesOfUndeclaredCategoriesStillReconcile() {
        Budget budget = new Budget(100, 0, List.of(new BudgetCategory("A", null, null)),
                List.of(new BudgetLine("B", Quarter.parse("2026-Q1"), 10, 4),
                        new BudgetLine("A", Quarter.parse("2025-Q4"), 20, 25)));

        BudgetBreakdown b = BudgetBreakdown.of(budget, LocalDate.of(2025, 12, 31));

        assertEquals(List.of("A", "B"), b.rows().stream().map(CategoryRow::code).toList());
        assertNull(b.rows().get(1).name());
        assertEquals(List.of(Quarter.parse("2025-Q4"), Quarter.parse("2026-Q1")), b.quarters());
        assertEquals(new Amounts(30, 20, 29), b.total());
    }

    @Test
    void groupsSubtotalTheirCategoriesAndTheQuartersVariancesSumToTheVarianceToDate() {
        Budget budget = new Budget(0, 0, List.of(new BudgetCategory("HW", null, "capex"),
                new BudgetCategory("SVC", null, null), new BudgetCategory("SW", null, "capex")),
                List.of(new BudgetLine("HW", Q1, 100, 90), new BudgetLine("SVC", Q1, 50, 60),
                        new BudgetLine("SW", Q3, 30, 20)));

        BudgetBreakdown b = BudgetBreakdown.of(budget, STATUS);

        assertEquals(List.of(new BudgetBreakdown.GroupRow("capex", new Amounts(130, 100, 110)),
                new BudgetBreakdown.GroupRow("", new Amounts(50, 50, 60))), b.groups());
        assertEquals(130.0 / 180 * 100, b.groups().get(0).sharePercent(b.total()), 1e-9);
        // Q3 is running at the status date: its actual counts to date, its plan does not yet.
        assertEquals(-20, b.quarterTotals().get(1).variance(), 1e-9);
        assertEquals(b.total().variance(), b.quarterTotals().stream().mapToDouble(Amounts::variance).sum(), 1e-9);
        assertEquals("技术", BudgetGroupNames.of("technology", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Human resources", BudgetGroupNames.of("human-resources", Locale.ENGLISH));
        assertEquals("未分组", BudgetGroupNames.of("", Locale.SIMPLIFIED_CHINESE));
        assertEquals("unknown-code", BudgetGroupNames.of("unknown-code", Locale.ENGLISH));
    }

    @Test
    void noBudgetIsEmpty() {
        BudgetBreakdown b = BudgetBreakdown.of(null, STATUS);

        assertEquals(List.of(), b.rows());
        assertEquals(Amounts.ZERO, b.total());
    }
}
