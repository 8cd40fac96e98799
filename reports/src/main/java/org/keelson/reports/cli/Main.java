package org.keelson.reports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jfree.chart.JFreeChart;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.reports.chart.BudgetChart;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.FinishHistogramChart;
import org.keelson.reports.chart.GanttChart;
import org.keelson.reports.chart.KpiChart;
import org.keelson.reports.chart.NpvChart;
import org.keelson.reports.chart.RiskHeatMapChart;
import org.keelson.reports.chart.SCurveChart;
import org.keelson.reports.chart.TornadoChart;
import org.keelson.reports.common.ReportContext;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.reports.kpi.KpiWorkbook;
import org.keelson.reports.risk.RiskWorkbook;
import org.keelson.reports.simulation.SimulationWorkbook;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.roi.PlanForecast;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.schedule.CriticalPathScheduler;

/**
 * {@code report budget|evm|kpi|risks|simulation PLAN.json -o FILE.xlsx} and
 * {@code chart gantt|scurve|finish|npv|tornado|npv-drivers|heatmap|kpi|budget PLAN.json -o FILE.png}. Simulations run
 * the Monte Carlo engine ({@link PlanForecast}) with the given iterations and seed; the Gantt chart takes its critical
 * path from the deterministic CPM schedule ({@link CriticalPathScheduler}).
 * Exit codes: 0 done (or usage shown for no arguments), 1 the plan or the output could not be processed,
 * 2 the command line is wrong. Output is written to a temporary file first, so a failure leaves no partial file.
 */
public final class Main {

    static final int OK = 0, FAILED = 1, USAGE = 2;
    static final int DEFAULT_ITERATIONS = 10_000;
    static final long DEFAULT_SEED = 42;

    private static final List<String> REPORTS = List.of("budget", "evm", "kpi", "risks", "simulation");
    private static final List<String> CHARTS = List.of("gantt", "scurve", "finish", "npv", "tornado", "npv-drivers",
            "heatmap", "kpi", "budget");
    private static final List<String> NEEDS_SIMULATION = List.of("finish", "npv", "tornado", "npv-drivers");

    /** Reads a plan file; the default goes through the interchange codec. */
    @FunctionalInterface
    public interface PlanSource {
        Plan read(Path file) throws IOException;
    }

    private final PlanSource plans;
    private final PrintStream out;
    private final PrintStream err;

    public Main(PlanSource plans, PrintStream out, PrintStream err) {
        this.plans = plans;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // POI logs through Log4j API; without a provider it prints a warning on every run.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(new Main(jsonPlans(), System.out, System.err).run(args));
    }

    /** Plans read through the interchange codec, which validates them and names every problem by JSON path. */
    public static PlanSource jsonPlans() {
        return file -> {
            try (InputStream in = Files.newInputStream(file)) {
                return new PlanJson().read(in);
            }
        };
    }

    public int run(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            out.print(usage());
            return OK;
        }
        try {
            Command command = Command.parse(args);
            Plan plan = readPlan(command.plan());
            if (command.kind().equals("report")) {
                writeAtomically(command.output(), stream -> report(command, plan, stream));
            } else {
                JFreeChart chart = chart(command, plan);
                int width = command.width() != null ? command.width() : Charts.WIDTH;
                int height = command.height() != null ? command.height()
                        : command.name().equals("gantt") ? GanttChart.preferredHeight(plan, command.level()) : Charts.HEIGHT;
                boolean svg = command.output().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
                writeAtomically(command.output(), stream -> {
                    if (svg) {
                        Charts.writeSvg(chart, width, height, stream);
                    } else {
                        Charts.writePng(chart, width, height, stream);
                    }
                });
            }
            out.println(command.output());
            return OK;
        } catch (CommandLineException e) {
            err.println("error: " + e.getMessage());
            if (e.exitCode() == USAGE) {
                err.println("run without arguments for the list of commands");
            }
            return e.exitCode();
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    static String usage() {
        return """
                Keelson reports: Excel workbooks and charts from a plan in the Keelson JSON format.

                Usage:
                  report <kind> PLAN.json -o FILE.xlsx [--iterations N] [--seed S]
                      budget      budget by category, quarter and WBS with variances
                      evm         earned value (PV, EV, AC, SPI, CPI, EAC, VAC) by quarter
                      kpi         KPIs against their planned trajectory, with charts
                      risks       risk register and 5x5 risk matrices
                      simulation  Monte Carlo results (P-values, histograms, tornado, NPV/ROI)
                  chart <kind> PLAN.json -o FILE.png|FILE.svg [--width W] [--height H] [--kpi CODE] [--iterations N] [--seed S]
                      gantt        WBS against the baseline, CPM critical path in red, deadline [--level L: WBS levels 1..L]
                      scurve       cumulative PV, EV and AC
                      finish       simulated finish dates with deadline, P50 and P80
                      npv          simulated NPV with P10, P50 and P90
                      tornado      risks by P80 finish and cost impact [--top N: the N largest, default %d]
                      npv-drivers  benefit lines, investment and go-live by NPV swing
                      heatmap kpi budget

                Simulations default to %d iterations and seed %d.
                Exit status: 0 done, 1 the plan or output could not be processed, 2 wrong command line.
                """.formatted(TornadoChart.DEFAULT_TOP, DEFAULT_ITERATIONS, DEFAULT_SEED);
    }

    private Plan readPlan(Path file) {
        try {
            return plans.read(file);
        } catch (NoSuchFileException e) {
            throw new CommandLineException(FAILED, "plan file not found: " + file);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandLineException(FAILED, "cannot read plan file " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandLineException(FAILED, "invalid plan " + file + ":\n" + e.getMessage());
        }
    }

    private void report(Command command, Plan plan, OutputStream stream) throws IOException {
        switch (command.name()) {
            case "budget" -> new BudgetWorkbook(plan).write(stream);
            case "evm" -> new EvmWorkbook(plan).write(stream);
            case "kpi" -> new KpiWorkbook(plan).write(stream);
            case "risks" -> new RiskWorkbook(plan).write(stream);
            case "simulation" -> new SimulationWorkbook(plan, forecast(command, plan)).write(stream);
            default -> throw new IllegalStateException("unhandled report " + command.name());
        }
    }

    private JFreeChart chart(Command command, Plan plan) {
        ReportContext context = ReportContext.of(plan);
        return switch (command.name()) {
            case "gantt" -> GanttChart.create(plan, CriticalPathScheduler.schedule(plan), command.level());
            case "scurve" -> SCurveChart.create(new EarnedValue(plan), context);
            case "finish" -> FinishHistogramChart.create(plan, forecast(command, plan).schedule());
            case "npv" -> NpvChart.create(roi(command, plan), context);
            case "npv-drivers" -> TornadoChart.npvDrivers(plan, roi(command, plan));
            case "tornado" -> {
                if (plan.risks().isEmpty()) {
                    throw new CommandLineException(FAILED, "plan " + plan.code() + " has no risks, so no risk tornado");
                }
                yield TornadoChart.risks(plan, forecast(command, plan).schedule(), command.top());
            }
            case "heatmap" -> RiskHeatMapChart.create(plan);
            case "kpi" -> KpiChart.create(kpi(plan, command.kpi()), context);
            case "budget" -> BudgetChart.create(plan);
            default -> throw new IllegalStateException("unhandled chart " + command.name());
        };
    }

    private static Kpi kpi(Plan plan, String code) {
        if (plan.kpis().isEmpty()) {
            throw new CommandLineException(FAILED, "plan " + plan.code() + " has no KPIs");
        }
        if (code == null) {
            return plan.kpis().get(0);
        }
        return plan.kpis().stream().filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new CommandLineException(USAGE, "no KPI " + code + " in plan " + plan.code()
                        + "; it has " + plan.kpis().stream().map(Kpi::code).toList()));
    }

    private static PlanForecast forecast(Command command, Plan plan) {
        return PlanForecast.run(plan, SimulationOptions.of(command.iterations(), command.seed()), ProgressListener.NONE);
    }

    private static RoiResult roi(Command command, Plan plan) {
        if (plan.benefits() == null) {
            throw new CommandLineException(FAILED, "plan " + plan.code() + " has no benefit model, so no NPV");
        }
        return forecast(command, plan).roi();
    }

    @FunctionalInterface
    private interface Content {
        void write(OutputStream stream) throws IOException;
    }

    private static void writeAtomically(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new CommandLineException(FAILED, "output directory does not exist: " + directory);
        }
        Path temporary = null;
        try {
            // not createTempFile: its owner-only permissions would carry over to the report
            temporary = directory.resolve(".keelson-" + UUID.randomUUID() + ".tmp");
            try (OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.write(stream);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CommandLineException(FAILED, "cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the error above is the one worth reporting
                }
            }
        }
    }

    /** A parsed command line. */
    record Command(String kind, String name, Path plan, Path output, int iterations, long seed, Integer width,
                   Integer height, String kpi, int level, int top) {

        static Command parse(String[] args) {
            String kind = args[0];
            List<String> names = switch (kind) {
                case "report" -> REPORTS;
                case "chart" -> CHARTS;
                default -> throw new CommandLineException(USAGE, "unknown command '" + kind + "': use report or chart");
            };
            if (args.length < 2) {
                throw new CommandLineException(USAGE, kind + " needs one of " + names);
            }
            String name = args[1];
            if (!names.contains(name)) {
                throw new CommandLineException(USAGE, "unknown " + kind + " '" + name + "': use one of " + names);
            }
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 2; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("-")) {
                    String option = arg.equals("-o") ? "--output" : arg;
                    if (!List.of("--output", "--iterations", "--seed", "--width", "--height", "--kpi", "--level",
                            "--top").contains(option)) {
                        throw new CommandLineException(USAGE, "unknown option " + arg);
                    }
                    if (i + 1 >= args.length) {
                        throw new CommandLineException(USAGE, "option " + arg + " needs a value");
                    }
                    options.put(option, args[++i]);
                } else {
                    positional.add(arg);
                }
            }
            if (positional.size() != 1) {
                throw new CommandLineException(USAGE, kind + " " + name + " needs exactly one plan file, got "
                        + positional.size());
            }
            String output = options.get("--output");
            if (output == null) {
                throw new CommandLineException(USAGE, "missing -o FILE (the " + (kind.equals("report") ? ".xlsx" : ".png")
                        + " to write)");
            }
            boolean simulated = name.equals("simulation") || (kind.equals("chart") && NEEDS_SIMULATION.contains(name));
            for (String option : List.of("--iterations", "--seed")) {
                if (options.containsKey(option) && !simulated) {
                    throw new CommandLineException(USAGE, option + " only applies to simulation results");
                }
            }
            if (kind.equals("report") && (options.containsKey("--width") || options.containsKey("--height")
                    || options.containsKey("--kpi"))) {
                throw new CommandLineException(USAGE, "--width, --height and --kpi only apply to charts");
            }
            if (options.containsKey("--level") && !(kind.equals("chart") && name.equals("gantt"))) {
                throw new CommandLineException(USAGE, "--level only applies to chart gantt");
            }
            if (options.containsKey("--top") && !(kind.equals("chart") && name.equals("tornado"))) {
                throw new CommandLineException(USAGE, "--top only applies to chart tornado");
            }
            int level = (int) number(options, "--level", GanttChart.ALL_LEVELS, 1, GanttChart.ALL_LEVELS);
            int top = (int) number(options, "--top", TornadoChart.DEFAULT_TOP, 1, 1_000);
            int iterations = (int) number(options, "--iterations", DEFAULT_ITERATIONS, 1, 10_000_000);
            long seed = number(options, "--seed", DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
            Integer width = options.containsKey("--width") ? (int) number(options, "--width", 0, 200, 10_000) : null;
            Integer height = options.containsKey("--height") ? (int) number(options, "--height", 0, 150, 10_000) : null;
            return new Command(kind, name, Path.of(positional.get(0)), Path.of(output), iterations, seed, width, height,
                    options.get("--kpi"), level, top);
        }

        private static long number(Map<String, String> options, String option, long fallback, long min, long max) {
            String text = options.get(option);
            if (text == null) {
                return fallback;
            }
            try {
                long value = Long.parseLong(text.trim());
                if (value < min || value > max) {
                    throw new CommandLineException(USAGE, option + " must be between " + min + " and " + max + ", got "
                            + text);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new CommandLineException(USAGE, option + " needs a whole number, got '" + text + "'");
            }
        }
    }
}
