package org.keelson.portal.plan.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Wall-clock timing of the benchmarks' runs: warm-up, then each run timed, reported as fastest, median and p95. */
final class Timings {

    private Timings() {
    }

    /** Milliseconds of each timed run, sorted. */
    static double[] time(int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    static void report(String name, double[] sortedMillis) {
        System.out.printf("%s: fastest %.2f ms, median %.2f ms, p95 %.2f ms, slowest %.2f ms (%d runs)%n", name,
                sortedMillis[0], sortedMillis[sortedMillis.length / 2],
                sortedMillis[(int) (sortedMillis.length * 0.95)], sortedMillis[sortedMillis.length - 1],
                sortedMillis.length);
    }
}
