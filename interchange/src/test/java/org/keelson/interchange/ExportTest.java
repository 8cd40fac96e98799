package org.keelson.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.Schedule;
import org.keelson.simulation.schedule.ScheduledActivity;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.primavera.PrimaveraXERFileReader;

/**
 * The five sample plans written as MSPDI and XER and read back with MPXJ's own readers: every WBS element is there
 * under its parent with Keelson's CPM dates, every link with its type and lag, and (MSPDI) the latest baseline as
 * Baseline 0. Imported again, the plan schedules to the same dates.
 */
class ExportTest {

    private static final Path SAMPLE_PLANS = Path.of("..", "sample-plans");

    static Stream<Path> samplePlans() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE_PLANS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samplePlans")
    void mspdiCarriesDatesLinksWbsAndBaseline(Path file) throws Exception {
        Plan plan = new PlanJson().read(Files.readString(file));
        ProjectFile project = new MSPDIReader().read(new ByteArrayInputStream(export(plan, ExportFormat.MSPDI)));
        Map<String, Task> tasks = byWbs(project);
        Schedule schedule = CriticalPathScheduler.schedule(plan);
        Map<String, BaselineEntry> baseline = Baselines.comparedEntries(plan);
        assertTrue(!baseline.isEmpty(), file + " has a baseline");
        for (Activity activity : plan.wbs()) {
            Task task = tasks.get(activity.code());
            String what = file.getFileName() + " " + activity.code();
            assertNotNull(task, what);
            assertEquals(activity.level(), task.getOutlineLevel(), what + " level");
            assertEquals(activity.parentCode(), task.getParentTask() == null ? null : task.getParentTask().getWBS(), what + " parent");
            ScheduledActivity dates = schedule.activity(activity.code()).orElseThrow();
            assertEquals(dates.earlyStartDate(), task.getStart().toLocalDate(), what + " start");
            assertEquals(dates.earlyFinishDate(), task.getFinish().toLocalDate(), what + " finish");
            assertLinks(activity, task, project, what);
            BaselineEntry entry = baseline.get(activity.code());
            if (entry != null) {
                assertEquals(entry.start(), task.getBaselineStart().toLocalDate(), what + " baseline start");
                assertEquals(entry.finish(), task.getBaselineFinish().toLocalDate(), what + " baseline finish");
                assertEquals(entry.cost(), task.getBaselineCost() == null ? 0 : task.getBaselineCost().doubleValue(), 0.005, what + " baseline cost");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samplePlans")
    void xerCarriesDatesLinksAndWbs(Path file) throws Exception {
        Plan plan = new PlanJson().read(Files.readString(file));
        PrimaveraXERFileReader reader = new PrimaveraXERFileReader();
        reader.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        ProjectFile project = reader.read(new ByteArrayInputStream(export(plan, ExportFormat.XER)));
        Map<String, Task> activities = new HashMap<>();
        for (Task task : project.getTasks()) {
            if (task.getActivityID() != null && !task.hasChildTasks()) {
                activities.put(task.getActivityID(), task);
            }
        }
        Schedule schedule = CriticalPathScheduler.schedule(plan);
        for (Activity activity : plan.wbs()) {
            ScheduledActivity dates = schedule.activity(activity.code()).orElseThrow();
            String what = file.getFileName() + " " + activity.code();
            if (dates.summary()) {
                continue;
            }
            Task task = activities.get(activity.code());
            assertNotNull(task, what + " is a P6 activity");
            assertEquals("PROJECT." + activity.parentCode(), task.getWBS(), what + " WBS node");
            assertEquals(activity.name().in(java.util.Locale.CHINA), task.getName(), what + " name");
            assertEquals(dates.earlyStartDate(), task.getStart().toLocalDate(), what + " start");
            assertEquals(dates.earlyFinishDate(), task.getFinish().toLocalDate(), what + " finish");
            assertLinks(activity, task, project, what);
        }
    }

    @ParameterizedTest
    @MethodSource("samplePlans")
    void exportedFilesImportToTheSameSchedule(Path file) throws Exception {
        Plan plan = new PlanJson().read(Files.readString(file));
        Schedule original = CriticalPathScheduler.schedule(plan);
        for (ExportFormat format : ExportFormat.values()) {
            ImportResult result = new ProjectImport(50_000_000).read(export(plan, format), ImportFormat.of(format.id()), "RT");
            Schedule imported = CriticalPathScheduler.schedule(result.plan());
            assertEquals(plan.wbs().size(), result.plan().wbs().size(), file + " " + format);
            assertEquals(plan.statusDate(), result.plan().statusDate(), file + " " + format + " status date");
            assertEquals(plan.calendar().weekendDays(), result.plan().calendar().weekendDays(), file + " " + format);
            for (ScheduledActivity mine : original.activities()) {
                ScheduledActivity theirs = imported.activity(mine.code()).orElseThrow();
                String what = file.getFileName() + " " + format + " " + mine.code();
                assertEquals(mine.earlyStartDate(), theirs.earlyStartDate(), what + " start");
                assertEquals(mine.earlyFinishDate(), theirs.earlyFinishDate(), what + " finish");
                assertEquals(mine.lateFinishDate(), theirs.lateFinishDate(), what + " late finish");
            }
            for (Activity activity : plan.wbs()) {
                Activity back = result.plan().wbs().stream().filter(a -> a.code().equals(activity.code())).findFirst().orElseThrow();
                assertEquals(activity.relations(), back.relations(), file + " " + format + " " + activity.code() + " links");
                if (!new org.keelson.simulation.schedule.Wbs(plan.wbs()).isLeaf(activity)) {
                    continue;
                }
                assertEquals(activity.percentComplete(), back.percentComplete(), 1e-6, activity.code() + " percent complete");
                assertEquals(activity.actualStart(), back.actualStart(), activity.code() + " actual start");
                assertEquals(activity.actualFinish(), back.actualFinish(), activity.code() + " actual finish");
                if (format == ExportFormat.MSPDI) {
                    assertEquals(activity.name(), back.name(), activity.code() + " names in both languages");
                    assertEquals(activity.estimate(), back.estimate(), activity.code() + " three-point estimate");
                    assertEquals(activity.fixedCost(), back.fixedCost(), 0.005, activity.code() + " fixed cost");
                    assertEquals(activity.costPerDay(), back.costPerDay(), 0.005, activity.code() + " cost per day");
                }
            }
            if (format == ExportFormat.MSPDI) {
                // entries of codes no longer in the WBS stay in Keelson's history; a file has no task to hold them
                Map<String, BaselineEntry> baselineBack = Baselines.comparedEntries(result.plan());
                for (BaselineEntry entry : Baselines.comparedEntries(plan).values()) {
                    if (plan.wbs().stream().anyMatch(a -> a.code().equals(entry.code()))) {
                        BaselineEntry back = baselineBack.get(entry.code());
                        assertNotNull(back, file + " baseline " + entry.code());
                        assertEquals(entry.start(), back.start(), file + " baseline start " + entry.code());
                        assertEquals(entry.finish(), back.finish(), file + " baseline finish " + entry.code());
                        assertEquals(entry.cost(), back.cost(), 0.005, file + " baseline cost " + entry.code());
                    }
                }
            }
        }
    }

    @Test
    void mediaTypesAndExtensions() {
        assertEquals("xml", ExportFormat.of("mspdi").extension());
        assertEquals("xer", ExportFormat.of("XER").extension());
        assertEquals("application/xml", ExportFormat.MSPDI.mediaType());
        assertEquals("text/plain; charset=UTF-8", ExportFormat.XER.mediaType());
    }

    private static void assertLinks(Activity activity, Task task, ProjectFile project, String what) {
        List<org.mpxj.Relation> links = task.getPredecessors();
        assertEquals(activity.relations().size(), links.size(), what + " links");
        for (int i = 0; i < links.size(); i++) {
            Relation mine = activity.relations().get(i);
            org.mpxj.Relation theirs = links.get(i);
            Task predecessor = theirs.getPredecessorTask();
            String code = predecessor.getActivityID() != null ? predecessor.getActivityID() : predecessor.getWBS();
            assertEquals(mine.predecessor(), code, what + " link " + i);
            assertEquals(mine.type().name(), switch (theirs.getType()) {
                case FINISH_START -> "FS";
                case START_START -> "SS";
                case FINISH_FINISH -> "FF";
                case START_FINISH -> "SF";
            }, what + " link type " + i);
            double lag = theirs.getLag().convertUnits(TimeUnit.DAYS, project.getProjectProperties()).getDuration();
            assertEquals(mine.lag(), lag, 1e-9, what + " lag " + i);
        }
    }

    static byte[] export(Plan plan, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProjectExport().write(plan, format, out);
        return out.toByteArray();
    }

    private static Map<String, Task> byWbs(ProjectFile project) {
        Map<String, Task> tasks = new HashMap<>();
        for (Task task : project.getTasks()) {
            if (task.getWBS() != null) {
                tasks.put(task.getWBS(), task);
            }
        }
        return tasks;
    }
}
