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
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelson.reports.TestPlans;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.GanttChart;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.roi.PlanForecast;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final Path SAMPLE_PLANS = Path.of("..", "sample-plans");

    /** Plans by file name, so the tests do not depend on the JSON codec except where they test it. */
    private static Main.PlanSource fixtures() {
        return file -> {
            String name = file.getFileName().toString();
            return switch (name) {
                case "zh.json" -> TestPlans.chinese();
                case "en.json" -> TestPlans.english();
                case "empty.json" -> TestPlans.empty(LocalDate.of(2026, 1, 5));
                default -> throw new NoSuchFileException(file.toString());
            };
        };
    }

    private int run(Main.PlanSource plans, String... args) {
        return new Main(plans, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsListsTheCommands() {
        assertEquals(0, run(fixtures()));
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
                args.addAll(List.of("--iterations", "300", "--seed", "7"));
            }
            assertEquals(0, run(fixtures(), args.toArray(String[]::new)), kind + ": " + errors());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertTrue(workbook.getNumberOfSheets() >= 2, kind);
                if (kind.equals("simulation")) {
                    Sheet summary = workbook.getSheetAt(0);
                    assertEquals(300, summary.getRow(4).getCell(1).getNumericCellValue(), 1e-9, "--iterations");
                    assertEquals(7, summary.getRow(5).getCell(1).getNumericCellValue(), 1e-9, "--seed");
                }
            }
        }
    }

    @Test
    void everyChartWritesAPng() throws IOException {
        for (String kind : List.of("gantt", "scurve", "finish", "npv", "tornado", "npv-drivers", "heatmap", "kpi",
                "budget")) {
            Path file = dir.resolve(kind + ".png");
            List<String> args = new ArrayList<>(List.of("chart", kind, "en.json", "-o", file.toString(), "--width", "800"));
            if (List.of("finish", "npv", "tornado", "npv-drivers").contains(kind)) {
                args.addAll(List.of("--iterations", "200"));
            }
            assertEquals(0, run(fixtures(), args.toArray(String[]::new)), kind + ": " + errors());
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(800, image.getWidth(), kind);
        }
    }

    /** A plain {@code java -jar} has no Vector API module: the simulation runs on the scalar kernel, in that JVM. */
    @Test
    void aJvmWithoutTheVectorModuleDrawsTheChartItself() throws IOException, InterruptedException {
        Path planFile = SAMPLE_PLANS.resolve("000-omnichannel-marketing-integration.json");
        Path png = dir.resolve("finish.png");
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "chart", "finish", planFile.toString(), "-o", png.toString(), "--iterations", "300", "--seed", "5");
        Process child = new ProcessBuilder(java).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, child.waitFor(), output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() > 0, output);
    }

    /** End to end on sample plan 000 through the JSON codec and the real engines. */
    @Test
    void samplePlanSimulationWorkbookAndChartsComeFromTheEngine() throws IOException {
        Path planFile = SAMPLE_PLANS.resolve("000-omnichannel-marketing-integration.json");
        assertTrue(Files.isRegularFile(planFile), "sample plan " + planFile.toAbsolutePath());
        Path xlsx = dir.resolve("simulation.xlsx");
        assertEquals(0, run(Main.jsonPlans(), "report", "simulation", planFile.toString(), "-o", xlsx.toString(),
                "--iterations", "500", "--seed", "11"), errors());
        Plan plan;
        try (InputStream in = Files.newInputStream(planFile)) {
            plan = new PlanJson().read(in);
        }
        PlanForecast expected = PlanForecast.run(plan, SimulationOptions.of(500, 11), ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheetAt(0);
            assertEquals(DateUtil.getExcelDate(expected.schedule().finish().p80()),
                    summary.getRow(22).getCell(1).getNumericCellValue(), 1e-9, "P80 finish: same seed, same run");
            assertEquals(expected.schedule().cost().p80(), summary.getRow(22).getCell(3).getNumericCellValue(), 1e-6);
            assertEquals(expected.roi().npv().mean(), summary.getRow(27).getCell(1).getNumericCellValue(), 1e-6);
            assertEquals(8, workbook.getNumberOfSheets(), "with ROI sheets: the plan has a benefit model");
        }
        for (String kind : List.of("finish", "npv", "tornado", "npv-drivers")) {
            Path png = dir.resolve(kind + ".png");
            assertEquals(0, run(Main.jsonPlans(), "chart", kind, planFile.toString(), "-o", png.toString(),
                    "--iterations", "500"), kind + ": " + errors());
            assertEquals(Charts.WIDTH, ImageIO.read(png.toFile()).getWidth(), kind);
        }
        Path gantt = dir.resolve("gantt.png");
        assertEquals(0, run(Main.jsonPlans(), "chart", "gantt", planFile.toString(), "-o", gantt.toString()), errors());
        assertEquals(GanttChart.preferredHeight(plan), ImageIO.read(gantt.toFile()).getHeight());
        Path top = dir.resolve("gantt-top.png");
        assertEquals(0, run(Main.jsonPlans(), "chart", "gantt", planFile.toString(), "-o", top.toString(), "--level", "1"),
                errors());
        assertEquals(GanttChart.preferredHeight(plan, 1), ImageIO.read(top.toFile()).getHeight(), "level 1 rows only");
        assertTrue(GanttChart.preferredHeight(plan, 1) < GanttChart.preferredHeight(plan));
        Path svg = dir.resolve("gantt.svg");
        assertEquals(0, run(Main.jsonPlans(), "chart", "gantt", planFile.toString(), "-o", svg.toString()), errors());
        String document = Files.readString(svg);
        assertTrue(document.startsWith("<?xml") && document.contains("<svg"), "an .svg output is SVG");
    }

    @Test
    void everySamplePlanGivesASimulationWorkbook() throws IOException {
        try (var files = Files.list(SAMPLE_PLANS)) {
            List<Path> plans = files.filter(f -> f.getFileName().toString().matches("\\d{3}-.*\\.json")).sorted().toList();
            assertEquals(5, plans.size(), "sample plans in " + SAMPLE_PLANS.toAbsolutePath());
            for (Path plan : plans) {
                Path xlsx = dir.resolve(plan.getFileName() + ".xlsx");
                assertEquals(0, run(Main.jsonPlans(), "report", "simulation", plan.toString(), "-o", xlsx.toString(),
                        "--iterations", "200"), plan + ": " + errors());
                assertTrue(Files.size(xlsx) > 10_000, plan.toString());
            }
        }
    }

    @Test
    void ganttOptionsOfTheOldCommandLineAreGone() {
        assertEquals(2, run(fixtures(), "chart", "gantt", "zh.json", "-o", dir.resolve("g.png").toString(),
                "--critical", "2.2"));
        assertTrue(errors().contains("unknown option --critical"));
    }

    @Test
    void mistakesInTheCommandLineExitWithTwoAndSayWhat() {
        String xlsx = dir.resolve("x.xlsx").toString();
        assertEquals(2, run(fixtures(), "print", "budget"));
        assertTrue(errors().contains("unknown command 'print'"));
        assertEquals(2, run(fixtures(), "report", "cashflow", "zh.json", "-o", xlsx));
        assertTrue(errors().contains("unknown report 'cashflow'"));
        assertEquals(2, run(fixtures(), "report", "budget", "zh.json"));
        assertTrue(errors().contains("missing -o FILE"));
        assertEquals(2, run(fixtures(), "report", "simulation", "zh.json", "-o", xlsx, "--iterations", "many"));
        assertTrue(errors().contains("--iterations needs a whole number, got 'many'"));
        assertEquals(2, run(fixtures(), "report", "budget", "zh.json", "-o", xlsx, "--seed", "1"));
        assertTrue(errors().contains("--seed only applies to simulation results"));
        assertEquals(2, run(fixtures(), "chart", "kpi", "zh.json", "-o", dir.resolve("k.png").toString(), "--kpi",
                "K9"));
        assertTrue(errors().contains("no KPI K9"));
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void problemsWithInputOrOutputExitWithOne() throws IOException {
        assertEquals(1, run(fixtures(), "report", "budget", "missing.json", "-o", dir.resolve("b.xlsx").toString()));
        assertTrue(errors().contains("plan file not found: missing.json"));
        assertEquals(1, run(fixtures(), "chart", "npv", "empty.json", "-o", dir.resolve("n.png").toString()));
        assertTrue(errors().contains("plan NEW has no benefit model, so no NPV"), errors());
        assertEquals(1, run(fixtures(), "chart", "tornado", "empty.json", "-o", dir.resolve("t.png").toString()));
        assertTrue(errors().contains("plan NEW has no risks, so no risk tornado"), errors());
        assertEquals(1, run(fixtures(), "report", "simulation", "empty.json", "-o", dir.resolve("s.xlsx").toString()));
        assertTrue(errors().contains("the plan's WBS has no activities"), errors());
        assertEquals(1, run(fixtures(), "report", "budget", "zh.json", "-o",
                dir.resolve("no/such/dir/b.xlsx").toString()));
        assertTrue(errors().contains("output directory does not exist"));

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"code\": \"X\", \"currency\": 12}");
        assertEquals(1, run(Main.jsonPlans(), "report", "budget", broken.toString(), "-o",
                dir.resolve("b.xlsx").toString()));
        assertTrue(errors().contains("invalid plan " + broken), errors());
        assertFalse(Files.exists(dir.resolve("b.xlsx")), "no partial output");
    }

    @Test
    void readsPlansThroughTheJsonCodec() throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, new PlanJson().write(TestPlans.chinese()));
        Path file = dir.resolve("risks.xlsx");
        assertEquals(0, run(Main.jsonPlans(), "report", "risks", plan.toString(), "-o", file.toString()), errors());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals("风险登记册", workbook.getSheetName(0));
            assertEquals("关键用户投入不足", workbook.getSheetAt(0).getRow(4).getCell(1).getStringCellValue());
        }
    }
}
