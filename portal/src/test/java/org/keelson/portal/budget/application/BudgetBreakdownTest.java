package org.keelson.portal.budget.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.portal.budget.application.BudgetBreakdown.Amounts;
import org.keelson.portal.budget.application.BudgetBreakdown.CategoryRow;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;

class BudgetBreakdownTest {

    @Test
    void splitsByCategoryAndQuarterWithTotals() {
        BudgetBreakdown b = BudgetBreakdown.of(PlanFixtures.fullPlan("KP-001").budget());

        assertEquals(List.of(Quarter.parse("2025-Q1"), Quarter.parse("2025-Q2")), b.quarters());
        assertEquals(List.of("HW", "SVC"), b.rows().stream().map(CategoryRow::code).toList());
        CategoryRow hardware = b.rows().get(0);
        assertEquals(List.of(new Amounts(1_000_000, 950_000.25), new Amounts(2_000_000, 2_100_000)), hardware.byQuarter());
        assertEquals(new Amounts(3_000_000, 3_050_000.25), hardware.total());
        assertEquals(List.of(new Amounts(500_000, 0), Amounts.ZERO), b.rows().get(1).byQuarter());
        assertEquals(List.of(new Amounts(1_500_000, 950_000.25), new Amounts(2_000_000, 2_100_000)), b.quarterTotals());
        assertEquals(new Amounts(3_500_000, 3_050_000.25), b.total());
        assertEquals(-449_999.75, b.total().variance(), 1e-9);
    }

    @Test
    void linesOfUndeclaredCategoriesStillReconcile() {
        Budget budget = new Budget(100, 0, List.of(new BudgetCategory("A", null, null)),
                List.of(new BudgetLine("B", Quarter.parse("2026-Q1"), 10, 4),
                        new BudgetLine("A", Quarter.parse("2025-Q4"), 20, 25)));

        BudgetBreakdown b = BudgetBreakdown.of(budget);

        assertEquals(List.of("A", "B"), b.rows().stream().map(CategoryRow::code).toList());
        assertEquals(List.of(Quarter.parse("2025-Q4"), Quarter.parse("2026-Q1")), b.quarters());
        assertEquals(new Amounts(30, 29), b.total());
    }

    @Test
    void noBudgetIsEmpty() {
        BudgetBreakdown b = BudgetBreakdown.of(null);

        assertEquals(List.of(), b.rows());
        assertEquals(Amounts.ZERO, b.total());
    }
}
