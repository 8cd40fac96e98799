package org.keelson.reports.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.keelson.reports.TestPlans;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * Times the streaming budget export of a valid plan with many budget lines (default 500 categories x 20 quarters =
 * 10,000 lines, one per category and quarter as the plan format requires) and reports the peak heap. The plan takes the
 * path a user's plan takes: written as plan JSON, read back and validated by {@link PlanJson}, then exported by
 * {@link BudgetWorkbook#write} to a stream, as the portal's download does. Not a unit test: run it by hand, ideally with
 * a small heap to show memory stays bounded (command in reports/README.md).
 */
public final class BudgetExportBench {

    private BudgetExportBench() {
    }

    public static void main(String[] args) throws IOException {
        int categories = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int quarters = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        PlanJson json = new PlanJson();
        Plan plan = json.read(json.write(TestPlans.withCategoriesAndQuarters("zh-CN", categories, quarters)));
        int lines = plan.budget().lines().size();
        Path file = Files.createTempFile("keelson-budget-bench", ".xlsx");
        try {
            for (int i = 0; i < 2; i++) {
                export(plan, file); // warm-up: class loading and JIT
            }
            resetPeaks();
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                export(plan, file);
                long elapsed = System.nanoTime() - start;
                best = Math.min(best, elapsed);
                total += elapsed;
            }
            System.out.printf("budget export: %d lines, %d runs, mean %.0f ms, best %.0f ms, file %,d bytes, "
                            + "peak heap %.0f MiB (max heap %.0f MiB)%n", lines, runs, total / 1e6 / runs, best / 1e6,
                    Files.size(file), peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void export(Plan plan, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new BudgetWorkbook(plan).write(out);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
