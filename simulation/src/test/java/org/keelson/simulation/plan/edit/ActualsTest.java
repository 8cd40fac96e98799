package org.keelson.simulation.plan.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.Actuals.Amount;
import org.keelson.simulation.plan.edit.Actuals.Change;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

class ActualsTest {
    private static final Quarter Q3_2025 = Quarter.parse("2025-Q3");
    private static final Quarter Q1_2026 = Quarter.parse("2026-Q1");

    /** KP-001 runs from 2025-07-01 to 2027-01-31; PLAT has a line in 2025-Q3 (actual 3,924,000), none in 2026-Q1. */
    private static Plan kp001() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "sample-plans", "001-omnichannel-fusion.json"))) {
            return new PlanJson().read(in);
        }
    }

    @Test
    void quartersRunFromTheStartToTheDeadline() throws IOException {
        List<Quarter> quarters = Actuals.quarters(kp001());

        assertEquals(Q3_2025, quarters.get(0));
        assertEquals(Quarter.parse("2027-Q1"), quarters.get(quarters.size() - 1));
        assertEquals(7, quarters.size());
    }

    @Test
    void replacesTheActualOfExistingLinesAndKeepsTheOthers() throws IOException {
        Plan plan = kp001();
        BudgetLine untouched = line(plan, "PLAT", Quarter.parse("2025-Q4"));

        Actuals.Result result = Actuals.apply(plan, List.of(new Amount("PLAT", Q3_2025, 4_000_000.5)));

        assertEquals(List.of(new Change("PLAT", Q3_2025, 3_924_000.0, 4_000_000.5)), result.changes());
        assertEquals(4_000_000.5, line(result.plan(), "PLAT", Q3_2025).actual());
        assertEquals(line(plan, "PLAT", Q3_2025).planned(), line(result.plan(), "PLAT", Q3_2025).planned());
        assertEquals(untouched, line(result.plan(), "PLAT", Quarter.parse("2025-Q4")));
        assertEquals(plan.budget().lines().size(), result.plan().budget().lines().size());
        assertTrue(new PlanJson().validate(result.plan()).isEmpty());
    }

    @Test
    void anAmountWithoutALineAddsOneWithNothingPlanned() throws IOException {
        Plan plan = kp001();
        assertTrue(plan.budget().lines().stream()
                .noneMatch(l -> l.category().equals("PLAT") && l.quarter().equals(Q1_2026)));

        Actuals.Result result = Actuals.apply(plan, List.of(new Amount("PLAT", Q1_2026, 12_000)));

        assertEquals(List.of(new Change("PLAT", Q1_2026, null, 12_000)), result.changes());
        assertEquals(new BudgetLine("PLAT", Q1_2026, 0, 12_000), line(result.plan(), "PLAT", Q1_2026));
        assertTrue(new PlanJson().validate(result.plan()).isEmpty());
    }

    @Test
    void reserveDrawdownsStayAsTheyWere() throws IOException {
        Plan plan = kp001();
        Budget budget = plan.budget();
        List<ReserveDrawdown> drawdowns = List.of(new ReserveDrawdown(LocalDate.of(2025, 8, 1), "PLAT", Q3_2025,
                50_000, "licence price rise", "finance"));
        Plan drawn = new PlanBuilder(plan).budget(new Budget(budget.total(), budget.contingencyPercent(),
                budget.categories(), budget.lines(), drawdowns)).build();

        Actuals.Result result = Actuals.apply(drawn, List.of(new Amount("PLAT", Q3_2025, 1)));

        assertEquals(drawdowns, result.plan().budget().reserveDrawdowns());
    }

    @Test
    void anUnchangedAmountIsNoChange() throws IOException {
        Plan plan = kp001();

        Actuals.Result result = Actuals.apply(plan, List.of(new Amount("PLAT", Q3_2025, 3_924_000)));

        assertEquals(List.of(), result.changes());
        assertEquals(plan.budget(), result.plan().budget());
    }

    @Test
    void refusesEveryBadAmountAtOnceAndAppliesNothing() throws IOException {
        Plan plan = kp001();
        List<Amount> amounts = List.of(new Amount("NOPE", Q1_2026, 1), new Amount("PLAT", Quarter.parse("2030-Q1"), 1),
                new Amount("PMO", Q1_2026, -5), new Amount("PLAT", Q1_2026, 1), new Amount("PLAT", Q1_2026, 2));

        PlanValidationException refused = assertThrows(PlanValidationException.class,
                () -> Actuals.apply(plan, amounts));

        assertEquals(List.of(new ValidationError("actuals[0]", "unknown budget category \"NOPE\""),
                new ValidationError("actuals[1]", "2030-Q1 is outside the plan's quarters"),
                new ValidationError("actuals[2]", "an actual amount must be a number of at least 0"),
                new ValidationError("actuals[4]", "category \"PLAT\" in 2026-Q1 is given twice (also at actuals[3])")),
                refused.errors());
    }

    @Test
    void nothingGivenIsThePlanItself() throws IOException {
        Plan plan = kp001();

        assertSame(plan, Actuals.apply(plan, List.of()).plan());
    }

    private static BudgetLine line(Plan plan, String category, Quarter quarter) {
        return plan.budget().lines().stream().filter(l -> l.category().equals(category) && l.quarter().equals(quarter))
                .findFirst().orElseThrow();
    }
}
