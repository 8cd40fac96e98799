package org.keelson.simulation.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.parallel.RunCancelledException;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.ScheduleNetwork;
import org.keelson.simulation.statistics.DistributionSummary;
import org.keelson.simulation.statistics.Samples;

/**
 * Schedule and cost Monte Carlo (Hulett-style risk drivers on a CPM network). Iterations are grouped in blocks of
 * {@value #BLOCK}; each block's random streams derive from the run seed and the block and iteration indices, so
 * the same plan, seed and options give identical results on any number of threads.
 *
 * <p>Duration sensitivity needs the rank of each iteration's finish, which is only known at the end. Rather than
 * keep every sampled duration, a short pilot run fixes {@value #FINISH_BINS} finish bins; each worker sums the
 * activities' input quantiles per bin, and the exact ranks of the bins (from the stored finishes) turn the sums
 * into Spearman coefficients. Ranks inside a bin are taken at its middle, which is the mean rank of the bin: the
 * coefficient shrinks by a factor of about sqrt(1 - 1/bins^2), below 0.05%, far inside Monte Carlo noise.
 */
public final class MonteCarloEngine {

    public static final int BLOCK = 1024;
    /**
     * Threads take blocks in chunks of this many iterations: finer shares keep both threads busy to the end of a
     * run, and progress moves in smaller steps. At most 257: a chunk's sensitivity sums are 16-bit counters.
     */
    static final int CHUNK = 256;
    /** Convergence is checked after every batch of this many iterations. */
    public static final int BATCH = 2 * BLOCK;
    static final int PILOT = 256;
    /** The pilot runs as this many blocks, so that it too runs on all threads (and is the same on any number). */
    static final int PILOT_BLOCKS = 2;
    static final int FINISH_BINS = 32;
    private static final long PILOT_SALT = 0x7F4A7C159E3779B9L;

    private MonteCarloEngine() {
    }

    /** {@link #run(SimulationModel, SimulationOptions, ProgressListener, Executor, Cancellation)} for the command line. */
    public static SimulationResult run(Plan plan, SimulationOptions options) {
        return run(plan, options, ProgressListener.NONE);
    }

    /** {@link #run(SimulationModel, SimulationOptions, ProgressListener, Executor, Cancellation)} for the command line. */
    public static SimulationResult run(Plan plan, SimulationOptions options, ProgressListener listener) {
        return run(new SimulationModel(plan, options.postMitigation()), options, listener);
    }

    /**
     * For the command line and tests: {@link #run(SimulationModel, SimulationOptions, ProgressListener, Executor,
     * Cancellation)} on {@link ParallelRun#NEW_THREAD_PER_TASK}, never cancelled.
     */
    public static SimulationResult run(SimulationModel model, SimulationOptions options, ProgressListener listener) {
        return run(model, options, listener, ParallelRun.NEW_THREAD_PER_TASK, new Cancellation());
    }

    /**
     * Runs a compiled model on the {@link Kernel#selected selected kernel}; the model's risk quantification
     * (pre/post mitigation) is the one it was compiled with. The calling thread works too, and up to
     * {@code options.threads() - 1} tasks go to {@code executor}; none is left running when this returns or throws.
     *
     * @throws RunCancelledException once {@code cancellation} is cancelled or the calling thread interrupted; the
     *         run stops within a chunk of {@value #CHUNK} iterations per thread
     */
    public static SimulationResult run(SimulationModel model, SimulationOptions options, ProgressListener listener,
            Executor executor, Cancellation cancellation) {
        return run(model, options, listener, executor, cancellation, Kernel.selected());
    }

    /** {@link #run(SimulationModel, SimulationOptions, ProgressListener, Executor, Cancellation)} on a given kernel. */
    public static SimulationResult run(SimulationModel model, SimulationOptions options, ProgressListener listener,
            Executor executor, Cancellation cancellation, Kernel kernel) {
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        int threads = Math.max(1, Math.min(options.threads(), (options.iterations() + BLOCK - 1) / BLOCK));
        return new Execution(model, options, progress, threads, new ParallelRun(executor, cancellation), kernel).run();
    }

    /** State of one call of {@link #run}. */
    private static final class Execution {
        final SimulationModel model;
        final SimulationOptions options;
        final ProgressListener progress;
        final int threads;
        final ParallelRun parallel;
        final Kernel kernel;
        final boolean[] allRisks;
        final int categories;

        Execution(SimulationModel model, SimulationOptions options, ProgressListener progress, int threads,
                ParallelRun parallel, Kernel kernel) {
            this.model = model;
            this.options = options;
            this.progress = progress;
            this.threads = threads;
            this.parallel = parallel;
            this.kernel = kernel;
            allRisks = new boolean[model.riskCount()];
            Arrays.fill(allRisks, true);
            categories = model.categoryCodes.size();
        }

        SimulationResult run() {
            int capacity = options.iterations();
            boolean tornado = options.tornadoRisks() > 0 && model.riskCount() > 0;
            double share = tornado ? 0.5 : 1;
            IterationWorker[] workers = new IterationWorker[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = new IterationWorker(model, true, kernel);
            }
            double[] edges = pilotFinishBinEdges(workers);
            SimulationSamples samples = new SimulationSamples(capacity, model.milestoneLeaf.length, model.riskCount(),
                    categories, model.quarters, true);
            IterationWorker.Run run = new IterationWorker.Run(options.seed(), 0, options.latinHypercube(), allRisks, true,
                    edges, samples);
            int blocks = (capacity + BLOCK - 1) / BLOCK;
            int blocksPerRound = options.convergenceTolerance() > 0 ? BATCH / BLOCK : blocks;
            int done = 0;
            boolean converged = false;
            double previousP80 = Double.NaN;
            double previousMeanCost = Double.NaN;
            AtomicInteger finished = new AtomicInteger();
            while (done < blocks && !converged) {
                int to = Math.min(blocks, done + blocksPerRound);
                execute(workers, run, BLOCK, done, to, capacity, finished, capacity, share, 0);
                done = to;
                int used = Math.min(capacity, done * BLOCK);
                if (options.convergenceTolerance() > 0) {
                    double[] sorted = Arrays.copyOf(samples.finish, used);
                    Arrays.sort(sorted);
                    double p80 = Samples.percentileOfSorted(sorted, 0.8);
                    double meanCost = 0;
                    for (int g = 0; g < used; g++) {
                        meanCost += samples.cost[g];
                    }
                    meanCost /= used;
                    converged = relativeChange(p80, previousP80) < options.convergenceTolerance()
                            && relativeChange(meanCost, previousMeanCost) < options.convergenceTolerance();
                    previousP80 = p80;
                    previousMeanCost = meanCost;
                }
            }
            int used = Math.min(capacity, done * BLOCK);
            samples.iterations = used;
            SimulationResult result = summarise(samples, workers, edges, used, converged,
                    tornado ? tornado(workers, samples, used, share) : List.of());
            progress.progress(1);
            return result;
        }

        private static double relativeChange(double now, double before) {
            if (Double.isNaN(before)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.abs(now - before) / Math.max(Math.abs(before), 1e-12);
        }

        private double[] pilotFinishBinEdges(IterationWorker[] workers) {
            SimulationSamples pilot = new SimulationSamples(PILOT, 0, 0, categories, model.quarters, false);
            IterationWorker.Run run = new IterationWorker.Run(options.seed(), PILOT_SALT, false, allRisks, false,
                    new double[0], pilot);
            execute(workers, run, PILOT / PILOT_BLOCKS, 0, PILOT_BLOCKS, PILOT, new AtomicInteger(), PILOT, 0, 0);
            double[] sorted = pilot.finish.clone();
            Arrays.sort(sorted);
            double[] edges = new double[FINISH_BINS - 1];
            for (int b = 1; b < FINISH_BINS; b++) {
                edges[b - 1] = Samples.percentileOfSorted(sorted, (double) b / FINISH_BINS);
            }
            return edges;
        }

        /**
         * Runs blocks [fromBlock, toBlock) of {@code blockSize} iterations of {@code run} on the workers, chunk by
         * chunk, reporting progress within [offset, offset + share).
         */
        private void execute(IterationWorker[] workers, IterationWorker.Run run, int blockSize, int fromBlock, int toBlock,
                int iterations, AtomicInteger finished, int progressTotal, double share, double offset) {
            int chunk = Math.min(CHUNK, blockSize);
            int chunksPerBlock = blockSize / chunk;
            int chunks = (toBlock - fromBlock) * chunksPerBlock;
            AtomicInteger next = new AtomicInteger();
            Runnable[] tasks = new Runnable[workers.length];
            for (int t = 0; t < workers.length; t++) {
                IterationWorker worker = workers[t];
                tasks[t] = () -> {
                    for (int c = next.getAndIncrement(); c < chunks && !parallel.stopRequested(); c = next.getAndIncrement()) {
                        int b = fromBlock + c / chunksPerBlock;
                        int blockFrom = b * blockSize;
                        int blockTo = Math.min(iterations, blockFrom + blockSize);
                        int from = blockFrom + c % chunksPerBlock * chunk;
                        if (from >= blockTo) {
                            continue;
                        }
                        int to = Math.min(blockTo, from + chunk);
                        worker.runChunk(run, b, blockFrom, blockTo, from, to);
                        if (share > 0) {
                            progress.progress(offset + share * finished.addAndGet(to - from) / progressTotal);
                        }
                    }
                };
            }
            parallel.runAll(tasks);
        }

        private SimulationResult summarise(SimulationSamples samples, IterationWorker[] workers, double[] edges, int used,
                boolean converged, List<RiskTornadoEntry> tornado) {
            ScheduleNetwork net = model.network;
            double[] deterministicTimes = new double[2 * model.n];
            net.forward(net.deterministicRemaining(), deterministicTimes);

            // independent summaries (sorts and selections over the samples) run side by side on the run's threads
            int milestoneCount = model.milestoneLeaf.length;
            DistributionSummary[] milestoneSummaries = new DistributionSummary[milestoneCount];
            DistributionSummary[] finishAndCost = new DistributionSummary[2];
            List<List<SpendForecast>> spendByCategory = new ArrayList<>(Collections.nCopies(categories, null));
            List<List<ActivityStatistics>> statistics = new ArrayList<>(List.of(List.of()));
            int usedQuarters = model.quarterOf(max(samples.finish, used)) + 1;
            List<Runnable> jobs = new ArrayList<>();
            for (int c = 0; c < categories; c++) {
                int category = c;
                jobs.add(() -> spendByCategory.set(category, spend(samples, used, category, usedQuarters)));
            }
            jobs.add(() -> statistics.set(0, activityStatistics(workers, edges, samples, used)));
            jobs.add(() -> finishAndCost[0] = summarize(samples.finish, used));
            jobs.add(() -> finishAndCost[1] = summarize(samples.cost, used));
            for (int m = 0; m < milestoneCount; m++) {
                int milestone = m;
                jobs.add(() -> milestoneSummaries[milestone] = summarize(Arrays.copyOfRange(
                        samples.milestoneFinish, milestone * samples.capacity, milestone * samples.capacity + used), used));
            }
            runJobs(jobs);

            List<DateForecast> milestones = new ArrayList<>();
            for (int m = 0; m < milestoneCount; m++) {
                milestones.add(DateForecast.of(model.milestoneCodes[m], milestoneSummaries[m],
                        deterministicTimes[2 * model.milestoneLeaf[m] + 1], model));
            }
            DistributionSummary finish = finishAndCost[0];
            DistributionSummary cost = finishAndCost[1];
            List<SpendForecast> spend = new ArrayList<>();
            spendByCategory.forEach(spend::addAll);
            Double deadline = model.deadlineOffset;
            Double onTime = deadline == null ? null : Samples.fractionAtMost(samples.finish, used, deadline);
            return new SimulationResult(used, options.seed(), options.latinHypercube(), options.postMitigation(), converged,
                    kernel,
                    model.plan.startDate(), model.plan.deadline(),
                    DateForecast.of("finish", finish, model.deterministicFinish, model), onTime, milestones,
                    statistics.get(0), cost, model.deterministicCost, costOutlook(samples, used, cost), spend, tornado,
                    samples);
        }

        /**
         * {@link Samples#summarize}, with honest standard errors for Latin hypercube runs: their strata make the
         * iterations of a block dependent, and sd/√n overstates the error of the mean, several times over for
         * nearly additive quantities. Every block of {@value #BLOCK} iterations is stratified on its own, so blocks
         * are independent replicates: the errors of the mean and P80 come from the spread of the blocks' means and
         * P80s, weighted by block size (the last block may be shorter). With a single block there is no spread to
         * measure and sd/√n, an upper bound, stays.
         */
        private DistributionSummary summarize(double[] values, int used) {
            DistributionSummary plain = Samples.summarize(values, used);
            int blocks = (used + BLOCK - 1) / BLOCK;
            if (!options.latinHypercube() || blocks < 2) {
                return plain;
            }
            double[] means = new double[blocks];
            double[] p80s = new double[blocks];
            int[] sizes = new int[blocks];
            for (int b = 0; b < blocks; b++) {
                int from = b * BLOCK;
                int to = Math.min(used, from + BLOCK);
                double[] block = Arrays.copyOfRange(values, from, to);
                double sum = 0;
                for (double v : block) {
                    sum += v;
                }
                Arrays.sort(block);
                sizes[b] = block.length;
                means[b] = sum / block.length;
                p80s[b] = Samples.percentileOfSorted(block, 0.8);
            }
            return new DistributionSummary(plain.count(), plain.mean(), plain.standardDeviation(), plain.percentiles(),
                    plain.histogram(), replicateError(means, sizes, used), replicateError(p80s, sizes, used));
        }

        /**
         * Standard error of an estimate over all {@code total} iterations from its values in independent blocks:
         * a block of n_b iterations varies as sigma^2 / n_b, so sigma^2 is estimated by the size-weighted squared
         * deviations over (blocks - 1), and the whole run's error is sigma / √total.
         */
        static double replicateError(double[] estimates, int[] sizes, int total) {
            double centre = 0;
            for (int b = 0; b < estimates.length; b++) {
                centre += estimates[b] * sizes[b] / total;
            }
            double squares = 0;
            for (int b = 0; b < estimates.length; b++) {
                squares += sizes[b] * (estimates[b] - centre) * (estimates[b] - centre);
            }
            return Math.sqrt(squares / (estimates.length - 1) / total);
        }

        /** Runs independent jobs on up to {@link #threads} threads, each taking the next job when it is free. */
        private void runJobs(List<Runnable> jobs) {
            AtomicInteger next = new AtomicInteger();
            Runnable[] tasks = new Runnable[Math.min(threads, jobs.size())];
            Arrays.fill(tasks, (Runnable) () -> {
                for (int j = next.getAndIncrement(); j < jobs.size() && !parallel.stopRequested(); j = next.getAndIncrement()) {
                    jobs.get(j).run();
                }
            });
            parallel.runAll(tasks);
        }

        private static double max(double[] values, int count) {
            double max = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < count; g++) {
                max = Math.max(max, values[g]);
            }
            return max;
        }

        private List<ActivityStatistics> activityStatistics(IterationWorker[] workers, double[] edges,
                SimulationSamples samples, int used) {
            int n = model.n;
            int k = model.uncertainLeaves.length;
            long[] critical = new long[n];
            long[] sum = new long[k];
            long[] squares = new long[k];
            long[] byBin = new long[FINISH_BINS * k];
            for (IterationWorker w : workers) {
                for (int i = 0; i < n; i++) {
                    critical[i] += w.criticalCount[i];
                }
                for (int j = 0; j < k; j++) {
                    squares[j] += w.quantileSquares[j];
                }
                for (int j = 0; j < byBin.length; j++) {
                    byBin[j] += w.quantileSumByFinishBin[j];
                }
            }
            for (int j = 0; j < byBin.length; j++) {
                sum[j / FINISH_BINS] += byBin[j];
            }
            // exact rank of every bin's middle, from the stored finishes
            int[] count = new int[FINISH_BINS];
            for (int g = 0; g < used; g++) {
                count[IterationWorker.finishBin(edges, samples.finish[g])]++;
            }
            double[] midRank = new double[FINISH_BINS];
            double meanRank = 0;
            double meanSquareRank = 0;
            int before = 0;
            for (int b = 0; b < FINISH_BINS; b++) {
                midRank[b] = (before + (count[b] + 1) / 2.0) / used;
                before += count[b];
                meanRank += count[b] * midRank[b] / used;
                meanSquareRank += count[b] * midRank[b] * midRank[b] / used;
            }
            double rankVariance = meanSquareRank - meanRank * meanRank;
            double[] sensitivity = new double[n];
            double scale = IterationWorker.QUANTILE_SCALE;
            for (int j = 0; j < k; j++) {
                double meanU = sum[j] / scale / used;
                double varianceU = squares[j] / (scale * scale) / used - meanU * meanU;
                double meanProduct = 0;
                for (int b = 0; b < FINISH_BINS; b++) {
                    meanProduct += midRank[b] * byBin[j * FINISH_BINS + b];
                }
                meanProduct = meanProduct / scale / used;
                double denominator = Math.sqrt(varianceU * rankVariance);
                sensitivity[model.uncertainLeaves[j]] = denominator > 0 ? (meanProduct - meanU * meanRank) / denominator : 0;
            }
            Integer[] wbsOrder = new Integer[n];
            for (int i = 0; i < n; i++) {
                wbsOrder[i] = i;
            }
            Arrays.sort(wbsOrder, Comparator.comparingInt(model.network::wbsIndex));
            List<ActivityStatistics> stats = new ArrayList<>(n);
            for (int i : wbsOrder) {
                double criticality = (double) critical[i] / used;
                stats.add(new ActivityStatistics(model.network.code(i), criticality, sensitivity[i], criticality * sensitivity[i]));
            }
            return stats;
        }

        private CostOutlook costOutlook(SimulationSamples samples, int used, DistributionSummary cost) {
            Budget budget = model.plan.budget();
            if (budget == null) {
                return new CostOutlook(null, null, null, null, null);
            }
            double limit = budget.total() + budget.contingencyReserve();
            Double joint = null;
            if (model.deadlineOffset != null) {
                int both = 0;
                for (int g = 0; g < used; g++) {
                    if (samples.finish[g] <= model.deadlineOffset + 1e-9 && samples.cost[g] <= limit + 1e-9) {
                        both++;
                    }
                }
                joint = (double) both / used;
            }
            return new CostOutlook(budget.total(), budget.contingencyReserve(), cost.p80() - budget.total(),
                    Samples.fractionAtMost(samples.cost, used, limit), joint);
        }

        /** Spend percentiles of one category in every quarter that has any; nothing is spent after the latest finish. */
        private List<SpendForecast> spend(SimulationSamples samples, int used, int category, int usedQuarters) {
            int capacity = samples.capacity;
            List<SpendForecast> result = new ArrayList<>();
            double[] values = new double[used];
            var quarter = model.firstQuarter;
            for (int q = 0; q < usedQuarters; q++, quarter = quarter.next()) {
                float[] spend = samples.spendOfQuarter(q);
                if (spend == null) {
                    continue;
                }
                int from = category * capacity;
                double sum = 0;
                boolean nonEmpty = false;
                for (int g = 0; g < used; g++) {
                    float v = spend[from + g];
                    values[g] = v;
                    sum += v;
                    nonEmpty |= v != 0;
                }
                if (!nonEmpty) {
                    continue;
                }
                double[] p50p80 = Samples.selectPercentiles(values, used, 0.5, 0.8);
                result.add(new SpendForecast(model.categoryCodes.get(category), quarter, sum / used, p50p80[0], p50p80[1]));
            }
            return result;
        }

        /** Reruns the most influential risks switched off, same seed and iterations, to measure each one's P80 impact. */
        private List<RiskTornadoEntry> tornado(IterationWorker[] workers, SimulationSamples samples, int used, double share) {
            int risks = model.riskCount();
            double[] score = new double[risks];
            DistributionSummary finish = Samples.summarize(samples.finish, used);
            DistributionSummary cost = Samples.summarize(samples.cost, used);
            for (int r = 0; r < risks; r++) {
                double onF = 0, offF = 0, onC = 0, offC = 0;
                int on = 0;
                for (int g = 0; g < used; g++) {
                    if (samples.riskOccurred(r, g)) {
                        onF += samples.finish[g];
                        onC += samples.cost[g];
                        on++;
                    } else {
                        offF += samples.finish[g];
                        offC += samples.cost[g];
                    }
                }
                if (on == 0) {
                    score[r] = -1;
                    continue;
                }
                int off = used - on;
                double deltaF = off == 0 ? 0 : onF / on - offF / off;
                double deltaC = off == 0 ? 0 : onC / on - offC / off;
                double p = (double) on / used;
                score[r] = p * (Math.abs(deltaF) / Math.max(finish.standardDeviation(), 1e-12)
                        + Math.abs(deltaC) / Math.max(cost.standardDeviation(), 1e-12));
            }
            Integer[] order = new Integer[risks];
            for (int r = 0; r < risks; r++) {
                order[r] = r;
            }
            Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
            int chosen = 0;
            while (chosen < Math.min(options.tornadoRisks(), risks) && score[order[chosen]] >= 0) {
                chosen++;
            }
            List<RiskTornadoEntry> entries = new ArrayList<>();
            AtomicInteger finished = new AtomicInteger();
            int blocks = (used + BLOCK - 1) / BLOCK;
            for (int c = 0; c < chosen; c++) {
                int r = order[c];
                boolean[] enabled = allRisks.clone();
                enabled[r] = false;
                SimulationSamples off = new SimulationSamples(used, 0, 0, categories, model.quarters, false);
                IterationWorker.Run run = new IterationWorker.Run(options.seed(), 0, options.latinHypercube(), enabled,
                        false, new double[0], off);
                execute(workers, run, BLOCK, 0, blocks, used, finished, used * chosen, share, 1 - share);
                DistributionSummary offFinish = Samples.summarize(off.finish, used);
                DistributionSummary offCost = Samples.summarize(off.cost, used);
                entries.add(new RiskTornadoEntry(model.riskCodes[r], model.riskProbability[r],
                        finish.p80() - offFinish.p80(), cost.p80() - offCost.p80()));
            }
            entries.sort(Comparator.comparingDouble((RiskTornadoEntry e) -> -Math.abs(e.p80FinishImpact()))
                    .thenComparingDouble(e -> -Math.abs(e.p80CostImpact())));
            return entries;
        }
    }
}
