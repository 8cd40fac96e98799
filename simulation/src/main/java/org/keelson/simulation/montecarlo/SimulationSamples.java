package org.keelson.simulation.montecarlo;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Per-iteration outputs kept for percentiles and the ROI model: bounded arrays (a few doubles per iteration),
 * written at the iteration's index so the content does not depend on threading. Only the first
 * {@link #iterations()} entries are meaningful when convergence stopped a run early.
 */
public final class SimulationSamples {

    final double[] finish;
    final double[] cost;
    /** Milestone m of iteration g at [m * capacity + g]. */
    final double[] milestoneFinish;
    /**
     * Spend of iteration g in category c and quarter q at [c * capacity + g] of quarter q's array; null when not
     * kept. One cell's iterations lie side by side, so its percentiles read one contiguous run. Floats (7 significant
     * digits) halve the largest arrays of a run, and a quarter's array exists only once an iteration has reached it:
     * a project usually spans a few of the quarters its benefit horizon needs.
     */
    private final AtomicReferenceArray<float[]> spend;
    /** Spend of iteration g in quarter q, all categories, at [g * quarters + q]: the ROI model reads it by iteration. */
    final float[] quarterSpend;
    /** Bit g of row r: risk r occurred in iteration g. */
    final long[][] riskOccurred;
    final int capacity;
    final int categories;
    final int quarters;
    int iterations;

    SimulationSamples(int capacity, int milestones, int risks, int categories, int quarters, boolean full) {
        this.capacity = capacity;
        this.categories = categories;
        this.quarters = quarters;
        finish = new double[capacity];
        cost = new double[capacity];
        milestoneFinish = full ? new double[milestones * capacity] : null;
        spend = full ? new AtomicReferenceArray<>(quarters) : null;
        riskOccurred = full ? new long[risks][(capacity + 63) >>> 6] : null;
        quarterSpend = full ? new float[capacity * quarters] : null;
    }

    /** Quarter q's spend by category and iteration, or null when no iteration has reached that quarter. */
    float[] spendOfQuarter(int q) {
        return spend.get(q);
    }

    /** {@link #spendOfQuarter}, created on first use; safe from several threads at once. */
    float[] spendOfQuarterToWrite(int q) {
        float[] rows = spend.get(q);
        if (rows == null) {
            spend.compareAndSet(q, null, new float[categories * capacity]);
            rows = spend.get(q);
        }
        return rows;
    }

    public int iterations() {
        return iterations;
    }

    /** Project finish of iteration g in working days from the plan start. */
    public double finish(int g) {
        return finish[g];
    }

    public double cost(int g) {
        return cost[g];
    }

    public double milestoneFinish(int milestone, int g) {
        return milestoneFinish[milestone * capacity + g];
    }

    public int quarters() {
        return quarters;
    }

    /** Spend of iteration g in quarter q, all categories. */
    public double quarterCost(int g, int q) {
        return quarterSpend[g * quarters + q];
    }

    public boolean riskOccurred(int risk, int g) {
        return (riskOccurred[risk][g >>> 6] & (1L << (g & 63))) != 0;
    }
}
