package org.keelson.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.schedule.Activity;

/** The shipped sample plans (repo folder sample-plans/) are valid and as rich as the foundation requires. */
class SamplePlansTest {

    private static final Path SAMPLE_PLANS = Path.of("..", "sample-plans");
    private final PlanJson codec = new PlanJson();

    static Stream<Path> samplePlans() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE_PLANS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void fivePlansShip() throws IOException {
        assertEquals(5, samplePlans().count());
    }

    @ParameterizedTest
    @MethodSource("samplePlans")
    void eachPlanIsValidAndRichEnoughForDashboards(Path file) throws IOException {
        String json = Files.readString(file);
        Plan plan = codec.read(json);

        assertEquals(json, codec.write(plan), "file is in the writer's canonical form");
        assertTrue(plan.wbs().size() >= 40, "at least 40 WBS activities");
        assertTrue(plan.wbs().stream().mapToInt(Activity::level).max().orElse(0) >= 3, "at least 3 WBS levels");
        assertTrue(plan.wbs().stream().anyMatch(a -> !a.relations().isEmpty()), "dependencies");
        assertTrue(plan.statusDate() != null, "a status date");
        assertTrue(plan.wbs().stream().anyMatch(a -> a.percentComplete() > 0), "actual progress");
        assertTrue(plan.budget().lines().stream().mapToDouble(BudgetLine::actual).sum() > 0, "actual spend");
        assertTrue(plan.kpis().stream().anyMatch(k -> !k.actuals().isEmpty()), "KPI measurements");
        assertFalse(plan.assumptions().isEmpty(), "assumptions list the choices made where the seed is silent");
        assertFalse(plan.risks().isEmpty());
    }

    @Test
    void plan000KeepsTheSeedsNumbers() throws IOException {
        Plan plan = codec.read(Files.readString(SAMPLE_PLANS.resolve("000-omnichannel-marketing-integration.json")));

        assertEquals(42_800_000, plan.budget().total(), 0.5);
        assertEquals(15, plan.budget().contingencyPercent(), 1e-9);
        assertEquals(23, plan.milestones().size());
        assertTrue(plan.wbs().stream().filter(a -> a.level() == 4).count() >= 150, "about 200 task nodes over 4 levels");
        assertEquals(List.of("financial", "operational", "schedule", "technical"),
                plan.risks().stream().map(r -> r.category()).distinct().sorted().toList());
        assertEquals(0.65, frontLoadedShare(plan), 0.005, "65% of the planned spend in the first year");
    }

    private static double frontLoadedShare(Plan plan) {
        int firstYear = plan.startDate().getYear();
        double first = plan.budget().lines().stream().filter(l -> l.quarter().year() == firstYear)
                .mapToDouble(BudgetLine::planned).sum();
        double all = plan.budget().lines().stream().mapToDouble(BudgetLine::planned).sum();
        return first / all;
    }
}
