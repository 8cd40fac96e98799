package org.keelson.simulation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.roi.PlanForecast;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Schedule;

/**
 * Command line: {@code validate PLAN.json}, {@code simulate PLAN.json --iterations N --seed S [--threads T]
 * [--post-mitigation] [--lhs] [--tolerance X] [--tornado K]} (JSON on stdout) and {@code bench [--threads T]}.
 * Exit status 0 on success, 1 for a plan that cannot be read or simulated, 2 for wrong usage.
 */
public final class Main {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: keelson-simulation validate PLAN.json",
            "       keelson-simulation simulate PLAN.json --iterations N --seed S [--threads T] [--post-mitigation]",
            "                                   [--lhs] [--tolerance X] [--tornado K]",
            "       keelson-simulation bench [--threads T]");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        try {
            switch (args[0]) {
                case "validate":
                    return validate(args, out);
                case "simulate":
                    return simulate(args, out, err);
                case "bench":
                    Bench.run(out, new Arguments(args, 1, List.of("--threads"), List.of())
                            .intOption("--threads", Runtime.getRuntime().availableProcessors(), 1));
                    return 0;
                default:
                    err.println("unknown command \"" + args[0] + "\"");
                    err.println(USAGE);
                    return 2;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (PlanValidationException e) {
            err.println("invalid plan:");
            e.errors().forEach(problem -> err.println("  " + problem));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("cannot simulate the plan: " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
            return 1;
        } catch (AccessDeniedException e) {
            err.println("cannot read " + e.getFile() + ": permission denied");
            return 1;
        } catch (IOException e) {
            err.println("cannot read the plan: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("cannot read the plan: " + e.getCause().getMessage());
            return 1;
        }
    }

    private static int validate(String[] args, PrintStream out) throws IOException {
        Arguments a = new Arguments(args, 2, List.of(), List.of());
        Plan plan = read(a.file());
        Schedule schedule = CriticalPathScheduler.schedule(plan);
        new SimulationModel(plan, false);
        new SimulationModel(plan, true);
        out.println("valid: plan " + plan.code() + ", " + plan.wbs().size() + " WBS elements, " + plan.risks().size()
                + " risks; deterministic finish " + schedule.finishDate() + " (" + workingDays(schedule.projectFinish())
                + " working days)");
        return 0;
    }

    /** Working days as people write them: 395, 12.5, never 395.000000000003 (offsets are sums of doubles). */
    static String workingDays(double days) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(days);
    }

    private static int simulate(String[] args, PrintStream out, PrintStream err) throws IOException {
        Arguments a = new Arguments(args, 2, List.of("--iterations", "--seed", "--threads", "--tolerance", "--tornado"),
                List.of("--lhs", "--post-mitigation"));
        Path file = a.file();
        SimulationOptions options = new SimulationOptions(a.requiredInt("--iterations", 1), a.requiredLong("--seed"),
                a.intOption("--threads", Runtime.getRuntime().availableProcessors(), 1), a.flag("--lhs"),
                a.flag("--post-mitigation"), a.toleranceOption("--tolerance"), a.intOption("--tornado", 10, 0));
        Plan plan = read(file);
        PlanForecast forecast = PlanForecast.run(plan, options, progressOn(err, PROGRESS_DELAY_NANOS));
        out.println(ResultJson.toJson(ResultJson.of(forecast)));
        return 0;
    }

    /** Runs shorter than this print no progress: their output comes before anyone would wonder. */
    static final long PROGRESS_DELAY_NANOS = 1_000_000_000L;

    /**
     * Progress of a simulation on {@code err} (stdout carries the JSON) in steps of 10%, once the run has taken
     * longer than {@code delayNanos}: "simulating: 40%". Safe to call from the engine's worker threads.
     */
    static ProgressListener progressOn(PrintStream err, long delayNanos) {
        long start = System.nanoTime();
        AtomicInteger reportedTenths = new AtomicInteger();
        return fractionDone -> {
            int tenths = (int) Math.floor(fractionDone * 10 + 1e-9);
            int reported = reportedTenths.get();
            if (tenths > reported && System.nanoTime() - start >= delayNanos
                    && reportedTenths.compareAndSet(reported, tenths)) {
                err.println("simulating: " + tenths * 10 + "%");
            }
        };
    }

    private static Plan read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new PlanJson().read(in);
        }
    }

    /** Wrong command-line usage. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Options after the command; the plan file is the first non-option argument. Options are named in messages
     * exactly as they are spelled on the command line.
     */
    private static final class Arguments {
        private final String[] args;
        private final int firstOption;

        Arguments(String[] args, int firstOption, List<String> valued, List<String> flags) {
            this.args = args;
            this.firstOption = firstOption;
            for (int i = firstOption; i < args.length; i++) {
                if (!args[i].startsWith("--")) {
                    throw new UsageException("unexpected argument \"" + args[i] + "\"");
                }
                if (valued.contains(args[i])) {
                    i += hasValue(i) ? 1 : 0;
                } else if (!flags.contains(args[i])) {
                    throw new UsageException("unknown option " + args[i] + " for " + args[0]);
                }
            }
        }

        /** Whether option {@code i} is followed by a value, not by the end or the next option. */
        private boolean hasValue(int i) {
            return i + 1 < args.length && !args[i + 1].startsWith("--");
        }

        Path file() {
            if (args.length < 2 || args[1].startsWith("--")) {
                throw new UsageException(args[0] + " needs a plan file");
            }
            return Path.of(args[1]);
        }

        boolean flag(String name) {
            for (int i = firstOption; i < args.length; i++) {
                if (args[i].equals(name)) {
                    return true;
                }
            }
            return false;
        }

        private String value(String name) {
            for (int i = firstOption; i < args.length; i++) {
                if (args[i].equals(name)) {
                    if (!hasValue(i)) {
                        throw new UsageException(name + " needs a value");
                    }
                    return args[i + 1];
                }
            }
            return null;
        }

        int requiredInt(String name, int minimum) {
            String v = value(name);
            if (v == null) {
                throw new UsageException(name + " is required");
            }
            return atLeast(name, parseInt(name, v), minimum);
        }

        long requiredLong(String name) {
            String v = value(name);
            if (v == null) {
                throw new UsageException(name + " is required");
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new UsageException(name + " expects a whole number, got \"" + v + "\"");
            }
        }

        int intOption(String name, int fallback, int minimum) {
            String v = value(name);
            return v == null ? fallback : atLeast(name, parseInt(name, v), minimum);
        }

        /** A relative tolerance: a number, 0 or more; 0 when the option is absent. */
        double toleranceOption(String name) {
            String v = value(name);
            if (v == null) {
                return 0;
            }
            double tolerance;
            try {
                tolerance = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new UsageException(name + " expects a number, got \"" + v + "\"");
            }
            if (!(tolerance >= 0 && Double.isFinite(tolerance))) {
                throw new UsageException(name + " must be a number of at least 0, got " + v);
            }
            return tolerance;
        }

        private static int atLeast(String name, int value, int minimum) {
            if (value < minimum) {
                throw new UsageException(name + " must be at least " + minimum + ", got " + value);
            }
            return value;
        }

        private static int parseInt(String name, String v) {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new UsageException(name + " expects a whole number, got \"" + v + "\"");
            }
        }
    }
}
