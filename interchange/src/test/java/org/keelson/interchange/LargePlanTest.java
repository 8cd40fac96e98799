package org.keelson.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.cli.GeneratedPlans;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Schedule;

/** A plan of 2,000 linked activities goes out as MSPDI and XER and comes back with the same schedule. */
class LargePlanTest {

    @Test
    void twoThousandActivitiesRoundTrip() {
        Plan plan = GeneratedPlans.network(2_000, 7);
        Schedule original = CriticalPathScheduler.schedule(plan);
        for (ExportFormat format : ExportFormat.values()) {
            ImportResult result = new ProjectImport(100_000_000)
                    .read(ExportTest.export(plan, format), ImportFormat.of(format.id()), "LARGE");
            Schedule imported = CriticalPathScheduler.schedule(result.plan());
            assertEquals(plan.wbs().size(), result.plan().wbs().size(), format.id());
            assertEquals(original.finishDate(), imported.finishDate(), format.id());
            // the same critical activities; their listed order among ties follows the order links are read in
            assertEquals(new HashSet<>(original.criticalPath()), new HashSet<>(imported.criticalPath()), format.id());
            Map<String, Activity> back = new HashMap<>();
            result.plan().wbs().forEach(a -> back.put(a.code(), a));
            for (Activity activity : plan.wbs()) {
                assertEquals(new HashSet<>(activity.relations()), new HashSet<>(back.get(activity.code()).relations()),
                        format.id() + " " + activity.code());
                assertEquals(activity.duration(), back.get(activity.code()).duration(), 1e-9, format.id() + " " + activity.code());
            }
        }
    }
}
