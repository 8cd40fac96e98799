package org.keelson.simulation.roi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.distribution.SamplerSet;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.montecarlo.SimulationSamples;
import org.keelson.simulation.montecarlo.SimulationSetupException;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.random.SplitMix;
import org.keelson.simulation.schedule.WorkingDayCalendar;
import org.keelson.simulation.statistics.DistributionSummary;
import org.keelson.simulation.statistics.Samples;

/**
 * Quarterly cash-flow Monte Carlo on top of a schedule/cost run. Each iteration of the schedule run gives the
 * investment per quarter (its simulated cost, spread by its simulated schedule) and the go-live date (the
 * benefit model's milestone); this engine draws every benefit line's run-rate and builds the cash flows:
 * a line earns nothing before go-live, then ramps linearly to full run-rate over its ramp-up quarters, so a
 * late go-live moves the whole benefit curve later. Per iteration: NPV at the plan's discount rate, IRR, ROI and
 * payback. Same seed, same schedule run => same result on any number of threads.
 *
 * <p>Cash flows are those of calendar quarters, the first being the quarter the plan starts in, and fall at the
 * quarters' ends. NPV discounts them to the plan start date, not to the start of its quarter: time is counted in
 * quarters, a part of a quarter in proportion to its calendar days, so in a plan that starts half-way through its
 * first quarter the first flow is discounted by half a quarter.
 */
public final class RoiEngine {

    private static final long SALT = 0x632BE59BD9B4E019L;
    private static final int CHUNK = 1024;

    private final Plan plan;
    private final SimulationSamples samples;
    private final BenefitModel model;
    private final int horizon;
    private final int lines;
    private final SamplerSet samplers = new SamplerSet();
    private final int[] lineSampler;
    private final double[] rampUp;
    private final int goLiveMilestone;
    /** Go-live position in quarters from the start quarter, per whole working-day offset. */
    private final double[] quarterPosition;
    private final double quarterlyRate;
    /** What discounting to the start of the first quarter is multiplied by to discount to the plan start instead. */
    private final double firstQuarterToPlanStart;
    private final Quarter firstQuarter;
    /** Where every iteration's IRR search starts: the IRR of iteration 0, whatever thread runs it. */
    private double irrGuess = 0.02;

    private RoiEngine(SimulationModel scheduleModel, SimulationResult schedule) {
        this.plan = scheduleModel.plan();
        this.samples = schedule.samples();
        this.model = plan.benefits();
        if (model == null) {
            throw new SimulationSetupException("the plan has no benefit model");
        }
        if (model.horizonQuarters() < 1) {
            throw new SimulationSetupException("benefits.horizonQuarters must be at least 1, got " + model.horizonQuarters());
        }
        if (!(model.discountRate() > -1) || !Double.isFinite(model.discountRate())) {
            throw new SimulationSetupException("benefits.discountRate " + model.discountRate() + " must be a number above -1");
        }
        horizon = model.horizonQuarters();
        lines = model.lines().size();
        lineSampler = new int[lines];
        rampUp = new double[lines];
        for (int l = 0; l < lines; l++) {
            BenefitLine line = model.lines().get(l);
            String what = "benefit line " + line.code();
            lineSampler[l] = samplers.add(line.quarterlyAmount(), what + " quarterlyAmount", false);
            if (line.rampUpQuarters() < 0) {
                throw new SimulationSetupException(what + ": rampUpQuarters " + line.rampUpQuarters() + " must not be negative");
            }
            rampUp[l] = line.rampUpQuarters();
        }
        int found = -1;
        for (int m = 0; m < plan.milestones().size(); m++) {
            Milestone ms = plan.milestones().get(m);
            if (ms.code().equals(model.goLiveMilestone()) || model.goLiveMilestone().equals(ms.activity())) {
                found = m;
                break;
            }
        }
        if (found < 0) {
            throw new SimulationSetupException("benefits.goLiveMilestone " + model.goLiveMilestone()
                    + " is not a milestone of the plan");
        }
        goLiveMilestone = found;
        quarterlyRate = CashFlows.quarterlyRate(model.discountRate());
        firstQuarter = scheduleModel.firstQuarter();
        WorkingDayCalendar calendar = scheduleModel.network().calendar();
        int days = 0;
        while (Quarter.of(calendar.workingDay(days)).compareTo(quarterAfterHorizon()) < 0) {
            days += 20;
        }
        quarterPosition = new double[days + 1];
        for (int d = 0; d <= days; d++) {
            quarterPosition[d] = position(d == 0 ? plan.startDate() : calendar.finishDate(d).plusDays(1));
        }
        firstQuarterToPlanStart = Math.pow(1 + quarterlyRate, quarterPosition[0]);
    }

    /**
     * For the command line and tests: {@link #run(SimulationModel, SimulationResult, long, int, Executor,
     * Cancellation)} on {@link ParallelRun#NEW_THREAD_PER_TASK}, never cancelled.
     */
    public static RoiResult run(SimulationModel scheduleModel, SimulationResult schedule, long seed, int threads) {
        return run(scheduleModel, schedule, seed, threads, ParallelRun.NEW_THREAD_PER_TASK, new Cancellation());
    }

    /**
     * Runs the ROI model over every iteration of {@code schedule}, which must come from {@code scheduleModel}.
     * {@code threads} only changes speed: the calling thread works and up to {@code threads - 1} tasks go to
     * {@code executor}, none left running when this returns or throws.
     *
     * @throws org.keelson.simulation.parallel.RunCancelledException once {@code cancellation} is cancelled or the
     *         calling thread interrupted
     */
    public static RoiResult run(SimulationModel scheduleModel, SimulationResult schedule, long seed, int threads,
            Executor executor, Cancellation cancellation) {
        return new RoiEngine(scheduleModel, schedule).simulate(seed, Math.max(1, threads),
                new ParallelRun(executor, cancellation));
    }

    private Quarter quarterAfterHorizon() {
        Quarter q = firstQuarter;
        for (int k = 0; k <= horizon; k++) {
            q = q.next();
        }
        return q;
    }

    /** Position of a date in quarters from the start of the first quarter, counting calendar days. */
    private double position(java.time.LocalDate date) {
        Quarter q = Quarter.of(date);
        int whole = firstQuarter.quartersUntil(q);
        double length = q.lastDay().toEpochDay() - q.firstDay().toEpochDay() + 1;
        return whole + (date.toEpochDay() - q.firstDay().toEpochDay()) / length;
    }

    private RoiResult simulate(long seed, int threads, ParallelRun parallel) {
        int n = samples.iterations();
        double[] npv = new double[n];
        double[] irr = new double[n];
        double[] roi = new double[n];
        double[] payback = new double[n];
        double[] investment = new double[n];
        double[] goLive = new double[n];
        double[] draws = new double[lines * n];
        int[] signChanges = new int[n];
        // quarterly sums per fixed chunk, added in chunk order: the means do not depend on the thread count
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[][] chunkInvestment = new double[chunks][horizon];
        double[][] chunkBenefit = new double[chunks][horizon];
        double[] firstFlows = new double[horizon];
        double[] firstDraws = new double[lines];
        drawLines(0, seed, firstDraws, 1);
        cashFlows(0, quarterPositionOf(samples.milestoneFinish(goLiveMilestone, 0)), firstDraws, 1, firstFlows,
                new double[horizon], new double[horizon]);
        double firstIrr = CashFlows.irr(firstFlows, horizon);
        irrGuess = Double.isNaN(firstIrr) ? irrGuess : firstIrr;
        AtomicInteger next = new AtomicInteger();
        Runnable[] tasks = new Runnable[threads];
        for (int t = 0; t < threads; t++) {
            tasks[t] = () -> {
                double[] flows = new double[horizon];
                double[] invested = new double[horizon];
                double[] benefit = new double[horizon];
                for (int c = next.getAndIncrement(); c < chunks && !parallel.stopRequested(); c = next.getAndIncrement()) {
                    for (int g = c * CHUNK, end = Math.min(n, g + CHUNK); g < end; g++) {
                        iteration(g, seed, flows, invested, benefit, npv, irr, roi, payback, investment, goLive, draws,
                                signChanges);
                        for (int q = 0; q < horizon; q++) {
                            chunkInvestment[c][q] += invested[q];
                            chunkBenefit[c][q] += benefit[q];
                        }
                    }
                }
            };
        }
        parallel.runAll(tasks);
        double[] meanInvestment = new double[horizon];
        double[] meanBenefit = new double[horizon];
        for (int c = 0; c < chunks; c++) {
            for (int q = 0; q < horizon; q++) {
                meanInvestment[q] += chunkInvestment[c][q] / n;
                meanBenefit[q] += chunkBenefit[c][q] / n;
            }
        }
        List<QuarterCashFlow> quarters = new ArrayList<>();
        Quarter q = firstQuarter;
        for (int k = 0; k < horizon; k++, q = q.next()) {
            quarters.add(new QuarterCashFlow(q, meanInvestment[k], meanBenefit[k], meanBenefit[k] - meanInvestment[k]));
        }
        int undefined = 0;
        int ambiguous = 0;
        double[] definedIrr = new double[n];
        int defined = 0;
        double[] paid = new double[n];
        int paidCount = 0;
        double[] definedRoi = new double[n];
        int roiCount = 0;
        int negative = 0;
        int meetsTarget = 0;
        for (int g = 0; g < n; g++) {
            if (Double.isNaN(irr[g])) {
                undefined++;
            } else {
                definedIrr[defined++] = irr[g];
            }
            if (signChanges[g] > 1) {
                ambiguous++;
            }
            if (!Double.isNaN(payback[g])) {
                paid[paidCount++] = payback[g];
            }
            if (!Double.isNaN(roi[g])) {
                definedRoi[roiCount++] = roi[g];
            }
            if (npv[g] < 0) {
                negative++;
            }
            if (model.roiTarget() != null && roi[g] >= model.roiTarget()) {
                meetsTarget++;
            }
        }
        // the summaries sort 100,000-value arrays: side by side on the run's threads
        DistributionSummary[] summaries = new DistributionSummary[4];
        List<RoiTornadoEntry> tornado = new ArrayList<>();
        int definedCount = defined;
        int paybackCount = paidCount;
        int definedRoiCount = roiCount;
        Runnable[] jobs = {
            () -> summaries[0] = Samples.summarize(npv, n),
            () -> summaries[1] = definedCount == 0 ? null : Samples.summarize(definedIrr, definedCount),
            () -> summaries[2] = definedRoiCount == 0 ? null : Samples.summarize(definedRoi, definedRoiCount),
            () -> summaries[3] = paybackCount == 0 ? null : Samples.summarize(paid, paybackCount),
            () -> tornado.addAll(tornado(npv, investment, goLive, draws, n))};
        AtomicInteger nextJob = new AtomicInteger();
        Runnable[] workers = new Runnable[Math.min(threads, jobs.length)];
        Arrays.fill(workers, (Runnable) () -> {
            for (int j = nextJob.getAndIncrement(); j < jobs.length && !parallel.stopRequested();
                    j = nextJob.getAndIncrement()) {
                jobs[j].run();
            }
        });
        parallel.runAll(workers);
        return new RoiResult(n, seed, model.discountRate(), horizon, summaries[0], summaries[1],
                (double) undefined / n, (double) ambiguous / n, summaries[2], (double) (n - roiCount) / n, summaries[3],
                (double) (n - paidCount) / n, (double) negative / n, model.roiTarget(),
                model.roiTarget() == null ? null : (double) meetsTarget / n, quarters, tornado);
    }

    private void iteration(int g, long seed, double[] flows, double[] invested, double[] benefit, double[] npv, double[] irr,
            double[] roi, double[] payback, double[] investment, double[] goLive, double[] draws, int[] signChanges) {
        drawLines(g, seed, draws, samples.iterations());
        double position = quarterPositionOf(samples.milestoneFinish(goLiveMilestone, g));
        cashFlows(g, position, draws, samples.iterations(), flows, invested, benefit);
        double totalInvestment = 0;
        double totalBenefit = 0;
        for (int q = 0; q < horizon; q++) {
            totalInvestment += invested[q];
            totalBenefit += benefit[q];
        }
        investment[g] = totalInvestment;
        npv[g] = CashFlows.npv(flows, horizon, quarterlyRate) * firstQuarterToPlanStart;
        double quarterlyIrr = CashFlows.irr(flows, horizon, irrGuess);
        irr[g] = Double.isNaN(quarterlyIrr) ? Double.NaN : CashFlows.annualRate(quarterlyIrr);
        signChanges[g] = CashFlows.signChanges(flows, horizon);
        roi[g] = totalInvestment > 0 ? totalBenefit / totalInvestment : Double.NaN;
        payback[g] = CashFlows.payback(flows, horizon);
        goLive[g] = position;
    }

    /** The benefit lines' uniform draws of iteration g, line l's at {@code draws[l * stride + g]}. */
    private void drawLines(int g, long seed, double[] draws, int stride) {
        long state = SplitMix.stream(seed, SALT, g);
        for (int l = 0; l < lines; l++) {
            state += SplitMix.GOLDEN;
            draws[l * stride + g] = SplitMix.uniform(state);
        }
    }

    private double quarterPositionOf(double offset) {
        if (offset <= 0) {
            return quarterPosition[0];
        }
        int day = (int) offset;
        if (day >= quarterPosition.length - 1) {
            return quarterPosition[quarterPosition.length - 1] + (offset - (quarterPosition.length - 1)) / 62.0;
        }
        return quarterPosition[day] + (offset - day) * (quarterPosition[day + 1] - quarterPosition[day]);
    }

    /** Investment (spend beyond the horizon lands in its last quarter), benefits and net flow of iteration g. */
    private void cashFlows(int g, double goLivePosition, double[] draws, int drawStride, double[] flows, double[] invested,
            double[] benefit) {
        int quarters = samples.quarters();
        Arrays.fill(invested, 0);
        for (int q = 0; q < quarters; q++) {
            invested[Math.min(q, horizon - 1)] += samples.quarterCost(g, q);
        }
        Arrays.fill(benefit, 0);
        for (int l = 0; l < lines; l++) {
            double runRate = samplers.quantile(lineSampler[l], draws[l * drawStride + g]);
            double ramp = rampUp[l];
            int first = (int) Math.max(0, Math.floor(goLivePosition));
            // from the first quarter that starts after the ramp, the line earns its full run-rate: no share to work out
            int full = (int) Math.min(horizon, Math.max(first, Math.ceil(goLivePosition + ramp)));
            for (int q = first; q < full; q++) {
                benefit[q] += runRate * rampedShare(q, goLivePosition, ramp);
            }
            for (int q = full; q < horizon; q++) {
                benefit[q] += runRate;
            }
        }
        for (int q = 0; q < horizon; q++) {
            flows[q] = benefit[q] - invested[q];
        }
    }

    /** Integral over quarter [q, q + 1) of the ramp: 0 before go-live, rising linearly to 1 over {@code ramp} quarters. */
    static double rampedShare(int q, double goLive, double ramp) {
        double from = Math.max(q, goLive);
        double to = q + 1;
        if (to <= from) {
            return 0;
        }
        if (ramp <= 0) {
            return to - from;
        }
        double full = goLive + ramp;
        double share = 0;
        double rampEnd = Math.min(to, full);
        if (rampEnd > from) {
            // average of the linear ramp between from and rampEnd times the length
            share += ((from - goLive) + (rampEnd - goLive)) / (2 * ramp) * (rampEnd - from);
        }
        if (to > full) {
            share += to - Math.max(from, full);
        }
        return share;
    }

    private List<RoiTornadoEntry> tornado(double[] npv, double[] investment, double[] goLive, double[] draws, int n) {
        List<RoiTornadoEntry> entries = new ArrayList<>();
        double[] values = new double[n];
        for (int l = 0; l < lines; l++) {
            System.arraycopy(draws, l * n, values, 0, n);
            entries.add(swing(model.lines().get(l).code(), values, npv, n));
        }
        entries.add(swing("investment", investment, npv, n));
        entries.add(swing("goLive", goLive, npv, n));
        entries.sort(Comparator.comparingDouble(RoiTornadoEntry::swing).reversed());
        return entries;
    }

    private static RoiTornadoEntry swing(String driver, double[] driverValues, double[] npv, int n) {
        double[] scratch = Arrays.copyOf(driverValues, n);
        double[] lowHigh = Samples.selectPercentiles(scratch, n, 0.1, 0.9);
        double low = lowHigh[0];
        double high = lowHigh[1];
        double lowSum = 0, highSum = 0;
        int lowCount = 0, highCount = 0;
        for (int g = 0; g < n; g++) {
            if (driverValues[g] <= low) {
                lowSum += npv[g];
                lowCount++;
            }
            if (driverValues[g] >= high) {
                highSum += npv[g];
                highCount++;
            }
        }
        return new RoiTornadoEntry(driver, lowSum / Math.max(1, lowCount), highSum / Math.max(1, highCount));
    }
}
