package org.keelson.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelson.reports.TestPlans;
import org.keelson.reports.TestSimulations;
import org.keelson.reports.simulation.SimulationSummary;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> simulations = new ArrayList<>();

    /** Plans by file name, so the tests do not depend on the JSON codec except where they test it. */
    private static Main.PlanSource fixtures() {
        return file -> {
            String name = file.getFileName().toString();
            if (name.equals("zh.json")) {
                return TestPlans.chinese();
            }
            if (name.equals("en.json")) {
                return TestPlans.english();
            }
            throw new NoSuchFileException(file.toString());
        };
    }

    /** Records what it was asked for and answers with the seeded test summary. */
    private final Analysis analysis = new Analysis() {
        @Override
        public SimulationSummary simulate(Plan plan, int iterations, long seed) {
            simulations.add(plan.code() + " " + iterations + " " + seed);
            return TestSimulations.sample();
        }

        @Override
        public Set<String> criticalPath(Plan plan) {
            return Set.of("2.2", "2.4");
        }
    };

    private int run(Main.PlanSource plans, Analysis engines, String... args) {
        return new Main(plans, engines, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsListsTheCommands() {
        assertEquals(0, run(fixtures(), null));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String word : List.of("report", "chart", "budget", "evm", "risks", "simulation", "gantt", "heatmap", "-o")) {
            assertTrue(usage.contains(word), word);
        }
    }

    @Test
    void everyReportWritesAWorkbook() throws IOException {
        for (String kind : List.of("budget", "evm", "kpi", "risks", "simulation")) {
            Path file = dir.resolve(kind + ".xlsx");
            List<String> args = new ArrayList<>(List.of("report", kind, "zh.json", "-o", file.toString()));
            if (kind.equals("simulation")) {
                args.addAll(List.of("--iterations", "500", "--seed", "7"));
            }
            assertEquals(0, run(fixtures(), analysis, args.toArray(String[]::new)), kind + ": " + errors());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertTrue(workbook.getNumberOfSheets() >= 2, kind);
            }
        }
        assertEquals(List.of("ERP-2025 500 7"), simulations, "options reach the engine");
    }

    @Test
    void everyChartWritesAPng() throws IOException {
        for (String kind : List.of("gantt", "scurve", "finish", "npv", "tornado", "heatmap", "kpi", "budget")) {
            Path file = dir.resolve(kind + ".png");
            assertEquals(0, run(fixtures(), analysis, "chart", kind, "en.json", "-o", file.toString(), "--width", "800"),
                    kind + ": " + errors());
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(800, image.getWidth(), kind);
        }
        assertEquals(3, simulations.size(), "finish, npv and tornado need a simulation");
        assertTrue(simulations.get(0).endsWith(" 10000 42"), "default iterations and seed");
    }

    @Test
    void ganttTakesTheCriticalPathFromTheCommandLine() {
        Main.Command command = Main.Command.parse(new String[]{"chart", "gantt", "zh.json", "-o", "g.png", "--critical",
                "2.2, 2.4,3"});
        assertEquals(Set.of("2.2", "2.4", "3"), command.critical());
        assertEquals(0, run(fixtures(), null, "chart", "gantt", "zh.json", "-o", dir.resolve("g.png").toString(),
                "--critical", "2.2,2.4"), errors());
        assertFalse(errors().contains("warning"), "no engine needed when the path is given");
        assertEquals(2, run(fixtures(), null, "chart", "budget", "zh.json", "-o", dir.resolve("b.png").toString(),
                "--critical", "2.2"));
    }

    @Test
    void mistakesInTheCommandLineExitWithTwoAndSayWhat() {
        String xlsx = dir.resolve("x.xlsx").toString();
        assertEquals(2, run(fixtures(), null, "print", "budget"));
        assertTrue(errors().contains("unknown command 'print'"));
        assertEquals(2, run(fixtures(), null, "report", "cashflow", "zh.json", "-o", xlsx));
        assertTrue(errors().contains("unknown report 'cashflow'"));
        assertEquals(2, run(fixtures(), null, "report", "budget", "zh.json"));
        assertTrue(errors().contains("missing -o FILE"));
        assertEquals(2, run(fixtures(), analysis, "report", "simulation", "zh.json", "-o", xlsx, "--iterations", "many"));
        assertTrue(errors().contains("--iterations needs a whole number, got 'many'"));
        assertEquals(2, run(fixtures(), null, "report", "budget", "zh.json", "-o", xlsx, "--seed", "1"));
        assertTrue(errors().contains("--seed only applies to simulation results"));
        assertEquals(2, run(fixtures(), null, "chart", "kpi", "zh.json", "-o", dir.resolve("k.png").toString(), "--kpi",
                "K9"));
        assertTrue(errors().contains("no KPI K9"));
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void problemsWithInputOrOutputExitWithOne() throws IOException {
        assertEquals(1, run(fixtures(), null, "report", "budget", "missing.json", "-o", dir.resolve("b.xlsx").toString()));
        assertTrue(errors().contains("plan file not found: missing.json"));
        assertEquals(1, run(fixtures(), null, "report", "simulation", "zh.json", "-o", dir.resolve("s.xlsx").toString()));
        assertTrue(errors().contains("this build has no Monte Carlo engine"));
        assertEquals(1, run(fixtures(), null, "report", "budget", "zh.json", "-o",
                dir.resolve("no/such/dir/b.xlsx").toString()));
        assertTrue(errors().contains("output directory does not exist"));

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"code\": \"X\", \"currency\": 12}");
        assertEquals(1, run(Main.jsonPlans(), null, "report", "budget", broken.toString(), "-o",
                dir.resolve("b.xlsx").toString()));
        assertTrue(errors().contains("invalid plan " + broken), errors());
        assertFalse(Files.exists(dir.resolve("b.xlsx")), "no partial output");
    }

    @Test
    void readsPlansThroughTheJsonCodec() throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, new PlanJson().write(TestPlans.chinese()));
        Path file = dir.resolve("risks.xlsx");
        assertEquals(0, run(Main.jsonPlans(), null, "report", "risks", plan.toString(), "-o", file.toString()), errors());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("风险登记册", workbook.getSheetName(0));
            assertEquals("关键用户投入不足", workbook.getSheetAt(0).getRow(4).getCell(1).getStringCellValue());
        }
    }
}
