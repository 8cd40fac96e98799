package org.keelson.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.schedule.Schedule;
import org.keelson.simulation.schedule.ScheduledActivity;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.primavera.PrimaveraPMFileReader;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.primavera.PrimaveraXERFileReader;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.mpxj.reader.ProjectReader;

/**
 * Files made by MS Project and Primavera P6 (MPXJ's test files, see real-files/README.md) import into plans whose
 * CPM early start and finish equal the start and finish the tool stored for every task, summaries included. The
 * MS Project file is also written by MPXJ's P6 writers (XER, PMXML) and imported from those, for links and lags
 * of every type in P6 form. The files are found in {@code keelson.interchange.realFiles} (default
 * src/test/resources/real-files) or else in {@code keelson.interchange.sharedRealFiles} (default
 * shared/interchange-real-files beside the checkout); a file in neither is reported as a skipped test.
 */
class RealFileScheduleTest {

    private static final List<Path> DIRECTORIES = List.of(
            Path.of(System.getProperty("keelson.interchange.realFiles", "src/test/resources/real-files")),
            Path.of(System.getProperty("keelson.interchange.sharedRealFiles", "../../shared/interchange-real-files")));
    private static final String LINKS_MSPDI = "task-links-project2013-mspdi.xml";

    static Stream<Arguments> realFiles() {
        return Stream.of(
                Arguments.of(LINKS_MSPDI, ImportFormat.MSPDI),
                Arguments.of("task-links-project2013-mpp14.mpp", ImportFormat.MPP),
                Arguments.of("task-links-project2003-mpp9.mpp", ImportFormat.MPP),
                Arguments.of("task-links-project98-mpp8.mpp", ImportFormat.MPP),
                Arguments.of("task-durations-project2013-mspdi.xml", ImportFormat.MSPDI),
                Arguments.of("task-baselines-project2013-mspdi.xml", ImportFormat.MSPDI),
                Arguments.of("task-costs-project2013-mspdi.xml", ImportFormat.MSPDI),
                Arguments.of("PredecessorCalendar.xer", ImportFormat.XER),
                Arguments.of("PredecessorCalendar.xml", ImportFormat.PMXML),
                Arguments.of("percent-complete-8.4.xer", ImportFormat.XER),
                Arguments.of("percent-complete-8.4.pmxml", ImportFormat.PMXML));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void cpmDatesEqualTheDatesInTheFile(String name, ImportFormat format) throws Exception {
        byte[] content = realFile(name);
        assertSameDates(name, format, content, reader(format).read(new ByteArrayInputStream(content)));
    }

    /** MPXJ's P6 writers turn MS Project's links of every type and lag into P6 relationships (hours of lag). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ImportFormat.class, names = {"XER", "PMXML"})
    void msProjectLinksWrittenForP6ScheduleAsMsProjectDid(ImportFormat format) throws Exception {
        ProjectFile original = new MSPDIReader().read(new ByteArrayInputStream(realFile(LINKS_MSPDI)));
        ByteArrayOutputStream p6 = new ByteArrayOutputStream();
        (format == ImportFormat.XER ? new PrimaveraXERFileWriter() : new PrimaveraPMFileWriter()).write(original, p6);
        assertSameDates(format.id() + " from " + LINKS_MSPDI, format, p6.toByteArray(), original);
    }

    @Test
    void linksKeepTypeAndLagInWorkingDays() throws Exception {
        ImportResult result = new ProjectImport(10_000_000).read(realFile(LINKS_MSPDI), ImportFormat.MSPDI, "LINKS");
        Map<String, List<Relation>> relations = new HashMap<>();
        result.plan().wbs().forEach(a -> relations.put(result.sourceTaskIds().get(a.code()), a.relations()));
        // the file links task pairs with FS 0, FS 1d, FS 2d, FS 1w, FS 2w, SF 2d, SS 2d and FF 2d
        assertEquals(List.of(new Relation(codeOf(result, "1"), RelationType.FS, 0)), relations.get("2"));
        assertEquals(List.of(new Relation(codeOf(result, "7"), RelationType.FS, 5)), relations.get("8"));
        assertEquals(List.of(new Relation(codeOf(result, "9"), RelationType.FS, 10)), relations.get("10"));
        assertEquals(List.of(new Relation(codeOf(result, "11"), RelationType.SF, 2)), relations.get("12"));
        assertEquals(List.of(new Relation(codeOf(result, "13"), RelationType.SS, 2)), relations.get("14"));
        assertEquals(List.of(new Relation(codeOf(result, "15"), RelationType.FF, 2)), relations.get("16"));
    }

    @Test
    void p6CalendarHolidaysAndProgressAtTheDataDate() throws Exception {
        ImportResult result = new ProjectImport(10_000_000).read(realFile("percent-complete-8.4.xer"), ImportFormat.XER, "P6");
        assertTrue(result.plan().calendar().weekendDays().containsAll(List.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY)));
        // the data date is the plan's first instant: no progress can have been made before it
        assertEquals(null, result.plan().statusDate());
        assertTrue(result.notes().stream().anyMatch(n -> n.key().equals("note.progress.beforeStart")), result.notes().toString());
        assertFalse(result.notes().get(0).message(Locale.SIMPLIFIED_CHINESE).isBlank());
    }

    private static String codeOf(ImportResult result, String sourceId) {
        return result.sourceTaskIds().entrySet().stream().filter(e -> e.getValue().equals(sourceId))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static void assertSameDates(String name, ImportFormat format, byte[] content, ProjectFile source) {
        ImportResult result = new ProjectImport(10_000_000).read(content, format, "REAL");
        Schedule schedule = CriticalPathScheduler.schedule(result.plan());
        Map<String, Task> tasks = new HashMap<>();
        for (Task task : source.getTasks()) {
            tasks.put(task.getActivityID() != null && !task.getActivityID().isBlank() ? task.getActivityID() : String.valueOf(task.getID()), task);
        }
        assertFalse(schedule.activities().isEmpty(), name);
        int compared = 0;
        for (ScheduledActivity mine : schedule.activities()) {
            String sourceId = result.sourceTaskIds().get(mine.code());
            Task theirs = tasks.get(sourceId);
            assertNotNull(theirs, name + " task " + sourceId);
            String what = name + " " + mine.code() + " (" + sourceId + " " + theirs.getName() + "), notes " + result.notes();
            assertEquals(theirs.getStart().toLocalDate(), mine.earlyStartDate(), what + ": start");
            assertEquals(theirs.getFinish().toLocalDate(), mine.earlyFinishDate(), what + ": finish");
            BaselineEntry baseline = Baselines.comparedEntries(result.plan()).get(mine.code());
            if (theirs.getBaselineStart() != null && theirs.getBaselineFinish() != null) {
                assertEquals(theirs.getBaselineStart().toLocalDate(), baseline.start(), what + ": baseline start");
                assertEquals(theirs.getBaselineFinish().toLocalDate(), baseline.finish(), what + ": baseline finish");
                double cost = theirs.getBaselineCost() == null ? 0 : theirs.getBaselineCost().doubleValue();
                assertEquals(cost, baseline.cost(), 0.005, what + ": baseline cost");
            }
            compared++;
        }
        assertTrue(compared > 0, name);
    }

    private static ProjectReader reader(ImportFormat format) {
        return switch (format) {
            case MSPDI -> new MSPDIReader();
            case MPP -> new MPPReader();
            case XER -> new PrimaveraXERFileReader();
            case PMXML -> new PrimaveraPMFileReader();
        };
    }

    private static byte[] realFile(String name) throws Exception {
        Path file = DIRECTORIES.stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(file != null, "real file " + name + " is in none of " + DIRECTORIES + " (see real-files/README.md)");
        return Files.readAllBytes(file);
    }
}
