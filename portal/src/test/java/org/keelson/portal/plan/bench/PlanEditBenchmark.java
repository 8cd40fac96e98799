package org.keelson.portal.plan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanSection;
import org.keelson.simulation.schedule.Activity;

/**
 * Times one saved edit of KP-000 (352 WBS elements) on the server side, as the WBS page and
 * {@code PATCH /api/plans/{code}/activities/{wbs}} make it: one transaction that locks and reads the plan, applies a
 * merge patch of a leaf's duration, checks the plan, reschedules it (CPM over every element), compares it field by
 * field, writes the changed rows in place with their Envers audit rows and the revision, and returns the new dates.
 * Every run changes the duration, so every run reschedules and writes. In-memory H2 migrated by the real Flyway
 * scripts. Run (README, "Editing speed"):
 * <pre>mvn -q -pl portal -am -Pedit-bench -DskipTests integration-test</pre>
 */
public final class PlanEditBenchmark {
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    private PlanEditBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args.length > 0 ? args[0] : "../sample-plans")
                .resolve("000-omnichannel-marketing-integration.json");
        Plan plan = new PlanJson().read(Files.readString(sample));
        String leaf = plan.wbs().stream().filter(a -> a.actualStart() == null && !a.relations().isEmpty())
                .map(Activity::code).findFirst().orElseThrow();
        double duration = plan.wbs().stream().filter(a -> a.code().equals(leaf)).findFirst().orElseThrow()
                .duration();
        try (TestDatabase database = TestDatabase.h2()) {
            database.runInTransaction(em -> new PlanService(em).importPlan(plan));
            long[] version = {database.inTransaction(em -> new PlanEditing(em).find(plan.code()).version())};
            int[] run = {0};
            Timings.report("save a duration edit of " + plan.code() + " " + leaf + " (" + plan.wbs().size()
                    + " elements)", Timings.time(WARM_UP, RUNS, () -> {
                        double next = duration + 1 + run[0]++ % 5;
                        PlanEditing.Saved saved = database.inTransaction(em -> new PlanEditing(em).edit(plan.code(),
                                version[0], "bench", PlanAction.UPDATE_ACTIVITY.on(leaf),
                                PlanEdits.patch(PlanSection.WBS, leaf,
                                        "{\"duration\": " + next + ", \"estimate\": null}")));
                        version[0] = saved.version();
                        return saved;
                    }));
        }
    }
}
