package org.keelson.simulation.plan.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanDiff;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

/** KP-000: total 42.8 M, reserve 15 % (6.42 M), the lines planning exactly the total. */
class BudgetEditsTest {
    private static final PlanJson JSON = new PlanJson();
    private static final Quarter Q1_2024 = Quarter.parse("2024-Q1");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    private static Plan kp000() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "sample-plans",
                "000-omnichannel-marketing-integration.json"))) {
            return JSON.read(in);
        }
    }

    private static BudgetLine line(Plan plan, String category, Quarter quarter) {
        return plan.budget().lines().stream().filter(l -> l.category().equals(category) && l.quarter().equals(quarter))
                .findFirst().orElseThrow();
    }

    @Test
    void aDrawdownMovesReserveToTheLineAndIsRecordedWithItsReason() throws IOException {
        Plan plan = kp000();
        BudgetLine before = line(plan, "HW", Q1_2024);

        Plan drawn = BudgetEdits.drawReserve(plan, "HW", Q1_2024, 500_000, " 硬件涨价 ", "finance", TODAY);

        assertEquals(before.planned() + 500_000, line(drawn, "HW", Q1_2024).planned(), 1e-6);
        assertEquals(before.actual(), line(drawn, "HW", Q1_2024).actual(), 1e-6);
        assertEquals(List.of(new ReserveDrawdown(TODAY, "HW", Q1_2024, 500_000, "硬件涨价", "finance")),
                drawn.budget().reserveDrawdowns());
        assertEquals(42_800_000 * 0.15 - 500_000, drawn.budget().reserveLeft(), 1e-6);
        assertEquals(42_800_000 + 500_000, drawn.budget().authorised(), 1e-6);
        assertEquals(42_800_000, drawn.budget().total(), 1e-6, "the total stays, so the reserve stays as agreed");
        assertEquals(List.of(), JSON.validate(drawn));
        assertEquals(drawn, JSON.read(JSON.write(drawn)), "drawdowns travel in the interchange format");
    }

    @Test
    void theAuditListsADrawdownAsAddedAndTheLineAsChanged() throws IOException {
        Plan plan = kp000();
        Plan drawn = BudgetEdits.drawReserve(plan, "HW", Q1_2024, 500_000, "硬件涨价", "finance", TODAY);

        List<PlanDiff.Change> changes = PlanDiff.between(plan, drawn, PlanDiff.PLAIN, PlanDiff.Scope.EVERYTHING);

        assertTrue(changes.contains(new PlanDiff.Change(PlanDiff.Area.RESERVE_DRAWDOWN, "#1", PlanDiff.Kind.ADDED,
                null, null, null)), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.area() == PlanDiff.Area.BUDGET_LINE && c.key().equals("HW 2024-Q1")
                && "planned".equals(c.field())), changes.toString());
    }

    @Test
    void drawingMoreThanTheReserveLeftIsRefusedAtItsAmount() throws IOException {
        Plan plan = BudgetEdits.drawReserve(kp000(), "HW", Q1_2024, 6_000_000, "一", "finance", TODAY);
        Plan tooMuch = BudgetEdits.drawReserve(plan, "SW", Q1_2024, 500_000, "二", "finance", TODAY);

        List<ValidationError> problems = JSON.validate(tooMuch);

        assertEquals(List.of(new ValidationError("budget.reserveDrawdowns[1].amount",
                "draws 500000 but only 420000 of the contingency reserve is left")), problems);
    }

    @Test
    void aDrawdownWithoutReasonOrOnAnUnknownCategoryIsRefused() throws IOException {
        Plan plan = kp000();
        PlanValidationException noReason = assertThrows(PlanValidationException.class,
                () -> BudgetEdits.drawReserve(plan, "HW", Q1_2024, 1, "  ", "finance", TODAY));
        assertEquals("budget.reserveDrawdowns[0].reason", noReason.errors().get(0).path());

        Plan unknown = BudgetEdits.drawReserve(plan, "NOPE", Q1_2024, 1, "x", "finance", TODAY);
        assertTrue(JSON.validate(unknown).contains(new ValidationError("budget.reserveDrawdowns[0].category",
                "unknown budget category \"NOPE\"")), JSON.validate(unknown).toString());
    }

    @Test
    void aDrawdownOfNothingIsRefusedByTheFormat() {
        String json = "{\"total\": 100, \"contingencyPercent\": 10, \"reserveDrawdowns\": [{\"date\": \"2025-01-02\","
                + " \"category\": \"HW\", \"quarter\": \"2025-Q1\", \"amount\": 0, \"reason\": \"x\"}]}";
        List<ValidationError> problems = JSON.validate("{\"code\": \"X\", \"name\": {\"zh\": \"x\", \"en\": \"x\"},"
                + " \"startDate\": \"2025-01-01\", \"budget\": " + json + "}");
        assertTrue(problems.contains(new ValidationError("budget.reserveDrawdowns[0].amount", "0 must be more than 0")),
                problems.toString());
    }

    @Test
    void revisingAmountsWithinTheAuthorisedBudgetIsAccepted() throws IOException {
        Plan plan = kp000();
        BudgetLine hw = line(plan, "HW", Q1_2024);
        BudgetLine sw = line(plan, "SW", Q1_2024);

        Plan revised = BudgetEdits.revise(plan, 42_800_000, 15, List.of(
                new BudgetEdits.PlannedAmount("HW", Q1_2024, hw.planned() + 1000),
                new BudgetEdits.PlannedAmount("SW", Q1_2024, sw.planned() - 1000)));

        assertEquals(hw.planned() + 1000, line(revised, "HW", Q1_2024).planned(), 1e-6);
        assertEquals(sw.actual(), line(revised, "SW", Q1_2024).actual(), 1e-6, "actuals stay");
        assertEquals(plan.budget().lines().size(), revised.budget().lines().size());
    }

    @Test
    void planningAboveTheAuthorisedBudgetIsRefusedUntilTheTotalOrTheReserveCoversIt() throws IOException {
        Plan plan = kp000();
        Quarter later = Quarter.parse("2026-Q4");
        List<BudgetEdits.PlannedAmount> more = List.of(new BudgetEdits.PlannedAmount("HW", later, 200_000));

        PlanValidationException refused = assertThrows(PlanValidationException.class,
                () -> BudgetEdits.revise(plan, 42_800_000, 15, more));
        assertEquals("budget.total", refused.errors().get(0).path());

        Plan raised = BudgetEdits.revise(plan, 43_000_000, 15, more);
        assertEquals(200_000, line(raised, "HW", later).planned(), 1e-6);
        assertEquals(0, line(raised, "HW", later).actual(), 1e-6);

        Plan drawn = BudgetEdits.drawReserve(plan, "HW", later, 200_000, "扩容", "finance", TODAY);
        assertEquals(200_000, line(drawn, "HW", later).planned(), 1e-6);
    }
}
