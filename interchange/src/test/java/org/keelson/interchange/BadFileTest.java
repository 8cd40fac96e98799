package org.keelson.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/** Files that must not become plans: each is refused whole with an {@link ImportException} of a specific key. */
class BadFileTest {

    private static final long LIMIT = 10_000_000;

    @Test
    void truncatedMspdiIsUnreadable() {
        byte[] whole = ExportTest.export(samplePlan(), ExportFormat.MSPDI);
        assertKey("import.unreadable", Arrays.copyOf(whole, whole.length / 2), ImportFormat.MSPDI);
    }

    @Test
    void truncatedXerIsRefusedAlthoughMpxjWouldReadItsFirstTables() {
        byte[] whole = ExportTest.export(samplePlan(), ExportFormat.XER);
        assertKey("import.truncated", Arrays.copyOf(whole, whole.length * 8 / 10), ImportFormat.XER);
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void textThatIsNoProjectFileIsUnreadable(ImportFormat format) {
        byte[] notAProject = "Keelson plan\nname: not a project file\n".getBytes(StandardCharsets.UTF_8);
        assertKey(format == ImportFormat.XER ? "import.truncated" : "import.unreadable", notAProject, format);
    }

    @Test
    void aKeelsonJsonPlanIsNoMspdiFile() throws IOException {
        assertKey("import.unreadable", Files.readAllBytes(Path.of("..", "sample-plans", "001-omnichannel-fusion.json")), ImportFormat.MSPDI);
    }

    @Test
    void mspdiOfAnotherFormatIsUnreadable() {
        assertKey("import.unreadable", ExportTest.export(samplePlan(), ExportFormat.XER), ImportFormat.MSPDI);
    }

    @ParameterizedTest
    @EnumSource(value = ImportFormat.class, names = {"MSPDI", "PMXML"})
    void externalEntitiesAreRefusedBeforeParsing(ImportFormat format) {
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- project -->\n"
                + "<!DOCTYPE Project [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&secret;</Name></Project>\n";
        assertKey("import.xml.doctype", xxe.getBytes(StandardCharsets.UTF_8), format);
        byte[] utf16 = ("\uFEFF" + xxe.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16LE);
        assertKey("import.xml.doctype", utf16, format);
    }

    @Test
    void fileOverTheLimitIsRefused() {
        byte[] file = ExportTest.export(samplePlan(), ExportFormat.MSPDI);
        ImportException e = assertThrows(ImportException.class,
                () -> new ProjectImport(file.length - 1).read(file, ImportFormat.MSPDI, "BIG"));
        assertEquals("import.tooLarge", e.key());
        assertTrue(e.message(Locale.ENGLISH).contains(String.format(Locale.ENGLISH, "%,d", file.length - 1)), e.message(Locale.ENGLISH));
    }

    @Test
    void endlessStreamIsCutOffAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '<';
            }
        };
        ImportException e = assertThrows(ImportException.class, () -> new ProjectImport(1_000_000).read(endless, ImportFormat.MSPDI, "X"));
        assertEquals("import.tooLarge", e.key());
    }

    @Test
    void emptyFileAndUnknownFormat() {
        assertKey("import.empty", new byte[0], ImportFormat.MPP);
        ImportException e = assertThrows(ImportException.class, () -> ImportFormat.of("mpx"));
        assertEquals("import.format.unknown", e.key());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("未知的文件格式"), e.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aFileThatReadsIntoAnInvalidPlanGivesTheCheckersProblems() throws IOException {
        ProjectFile project = projectStartingMarch2();
        Task first = task(project, "First", 2);
        Task second = task(project, "Second", 3);
        second.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(first));
        first.addPredecessor(new org.mpxj.Relation.Builder().predecessorTask(second));
        ImportException e = assertThrows(ImportException.class,
                () -> new ProjectImport(LIMIT).read(mspdi(project), ImportFormat.MSPDI, "CYCLE"));
        assertEquals("import.invalid", e.key());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("wbs") && p.message().contains("dependency cycle 1 -> 2 -> 1")),
                e.problems().toString());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("计划无效"), e.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aBlankPlanCodeIsTheCheckersProblem() {
        ImportException e = assertThrows(ImportException.class,
                () -> new ProjectImport(LIMIT).read(ExportTest.export(samplePlan(), ExportFormat.MSPDI), ImportFormat.MSPDI, " "));
        assertEquals("import.invalid", e.key());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("code")), e.problems().toString());
    }

    @Test
    void datesThousandsOfYearsAheadAreRefusedByTheCheckerNotLaidOut() throws IOException {
        ProjectFile project = projectStartingMarch2();
        Task task = task(project, "Far", 2);
        task.setStart(java.time.LocalDateTime.of(2026, 3, 2, 8, 0));
        task.setFinish(java.time.LocalDateTime.of(9000, 1, 1, 17, 0));
        ImportException e = assertThrows(ImportException.class,
                () -> new ProjectImport(LIMIT).read(mspdi(project), ImportFormat.MSPDI, "FAR"));
        assertEquals("import.invalid", e.key());
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("wbs[0].plannedFinish")), e.problems().toString());
    }

    @Test
    void everyTextIsInBothLanguages() throws IOException {
        Properties english = properties("messages.properties");
        Properties chinese = properties("messages_zh_CN.properties");
        assertEquals(english.keySet(), chinese.keySet());
        for (String key : english.stringPropertyNames()) {
            assertFalse(chinese.getProperty(key).isBlank(), key);
            assertTrue(chinese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key);
        }
    }

    private static ProjectFile projectStartingMarch2() {
        ProjectFile project = new ProjectFile();
        project.setDefaultCalendar(project.addDefaultBaseCalendar());
        project.getProjectProperties().setStartDate(java.time.LocalDateTime.of(2026, 3, 2, 8, 0));
        return project;
    }

    private static Task task(ProjectFile project, String name, double days) {
        Task task = project.addTask();
        task.setName(name);
        task.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
        return task;
    }

    private static byte[] mspdi(ProjectFile project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(project, out);
        return out.toByteArray();
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportNote.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static void assertKey(String key, byte[] content, ImportFormat format) {
        ImportException e = assertThrows(ImportException.class, () -> new ProjectImport(LIMIT).read(content, format, "BAD"));
        assertEquals(key, e.key(), e.getMessage());
        assertFalse(e.message(Locale.ENGLISH).isBlank());
        assertFalse(e.message(Locale.SIMPLIFIED_CHINESE).isBlank());
    }

    private static Plan samplePlan() {
        try {
            return new PlanJson().read(Files.readString(Path.of("..", "sample-plans", "004-livestream-data-driven-growth.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
