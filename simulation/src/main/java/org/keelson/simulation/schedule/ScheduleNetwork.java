package org.keelson.simulation.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;


/**
 * A plan's WBS compiled once into flat arrays for the CPM passes: leaf activities in topological order, their
 * links in compressed rows, progress state and deterministic durations. Monte Carlo iterations reuse it without
 * allocating. Index {@code i} below is a leaf's position in topological order.
 *
 * <p>Times live in one array {@code t} of length 2n: {@code t[2i]} is the start and {@code t[2i+1]} the finish of
 * leaf i, in working days from the plan start. A link's source is encoded as the index into that array of the
 * predecessor's start (SS, SF) or finish (FS, FF), so the passes need no switch on link type. Links driving a
 * successor's start (FS, SS) and those driving its finish (FF, SF) are kept in separate rows.
 */
public final class ScheduleNetwork {

    public static final byte NOT_STARTED = 0;
    public static final byte IN_PROGRESS = 1;
    public static final byte FINISHED = 2;

    private final WorkingDayCalendar calendar;
    private final String[] codes;
    private final int[] wbsIndex;
    private final boolean[] milestone;
    private final double[] plannedDuration;
    private final double[] remainingFraction;
    private final byte[] state;
    private final double[] actualStart;
    private final double[] actualFinish;
    private final double earliestRemainingWork;
    private final int[] startLinkRow;
    private final int[] startLinkSource;
    private final double[] startLinkLag;
    private final int[] finishLinkRow;
    private final int[] finishLinkSource;
    private final double[] finishLinkLag;
    private final double[] finishLinkFloor;
    private final double[] startFloor;
    /**
     * Unfinished leaves that may finish last: all but those with an unstarted FS successor at a lag of zero or
     * more, which finishes at least as late and, when that is the project finish, reaches them along a binding link.
     */
    private final int[] finishCandidates;
    private final Map<String, Integer> leafByCode;
    private final List<String> summaryCodes;
    private final int[][] summaryLeaves;

    private ScheduleNetwork(Builder b) {
        calendar = b.calendar;
        int n = b.order.length;
        codes = new String[n];
        wbsIndex = new int[n];
        milestone = new boolean[n];
        plannedDuration = new double[n];
        remainingFraction = new double[n];
        state = new byte[n];
        actualStart = new double[n];
        actualFinish = new double[n];
        earliestRemainingWork = b.statusOffset;
        leafByCode = new HashMap<>();
        int[] position = new int[b.leaves.size()];
        for (int i = 0; i < n; i++) {
            position[b.order[i]] = i;
        }
        startFloor = new double[n];
        startLinkRow = new int[n + 1];
        finishLinkRow = new int[n + 1];
        List<int[]> startLinks = new ArrayList<>();
        List<int[]> finishLinks = new ArrayList<>();
        List<Double> startLags = new ArrayList<>();
        List<Double> finishLags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Builder.Leaf leaf = b.leaves.get(b.order[i]);
            codes[i] = leaf.activity.code();
            wbsIndex[i] = leaf.wbsIndex;
            milestone[i] = leaf.activity.milestone();
            plannedDuration[i] = leaf.activity.duration();
            remainingFraction[i] = leaf.remainingFraction;
            state[i] = leaf.state;
            actualStart[i] = leaf.actualStart;
            actualFinish[i] = leaf.actualFinish;
            leafByCode.put(codes[i], i);
            startFloor[i] = b.statusDate != null ? b.statusOffset
                    : leaf.links.isEmpty() ? 0 : Double.NEGATIVE_INFINITY;
            for (Builder.Link link : leaf.links) {
                int p = position[link.predecessor];
                switch (link.type) {
                    case FS -> { startLinks.add(new int[] {2 * p + 1}); startLags.add(link.lag); }
                    case SS -> { startLinks.add(new int[] {2 * p}); startLags.add(link.lag); }
                    case FF -> { finishLinks.add(new int[] {2 * p + 1}); finishLags.add(link.lag); }
                    case SF -> { finishLinks.add(new int[] {2 * p}); finishLags.add(link.lag); }
                }
            }
            startLinkRow[i + 1] = startLinks.size();
            finishLinkRow[i + 1] = finishLinks.size();
        }
        startLinkSource = startLinks.stream().mapToInt(a -> a[0]).toArray();
        startLinkLag = startLags.stream().mapToDouble(Double::doubleValue).toArray();
        finishLinkSource = finishLinks.stream().mapToInt(a -> a[0]).toArray();
        finishLinkLag = finishLags.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] followed = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int k = startLinkRow[i]; k < startLinkRow[i + 1]; k++) {
                if (state[i] == NOT_STARTED && (startLinkSource[k] & 1) == 1 && startLinkLag[k] >= 0) {
                    followed[startLinkSource[k] >> 1] = true;
                }
            }
        }
        finishCandidates = IntStream.range(0, n).filter(i -> !followed[i] && state[i] != FINISHED).toArray();
        finishLinkFloor = new double[finishLinkSource.length];
        for (int k = 0; k < finishLinkFloor.length; k++) {
            // MS Project keeps FF-driven work after the plan start but lets SF links pull it earlier
            finishLinkFloor[k] = (finishLinkSource[k] & 1) == 1 ? 0 : Double.NEGATIVE_INFINITY;
        }
        summaryCodes = List.copyOf(b.summaryLeafCodes.keySet());
        summaryLeaves = new int[summaryCodes.size()][];
        for (int s = 0; s < summaryCodes.size(); s++) {
            summaryLeaves[s] = b.summaryLeafCodes.get(summaryCodes.get(s)).stream().mapToInt(leafByCode::get).sorted().toArray();
        }
    }

    /** Compiles the plan's WBS; throws {@link ScheduleException} naming the offending activity on bad structure. */
    public static ScheduleNetwork compile(ScheduleInput plan) {
        return new ScheduleNetwork(new Builder(plan));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public int size() {
        return codes.length;
    }

    public String code(int leaf) {
        return codes[leaf];
    }

    /** Position of the leaf in the plan's WBS list. */
    public int wbsIndex(int leaf) {
        return wbsIndex[leaf];
    }

    /** Topological position of the leaf with this code, or -1 when it is not a leaf of the plan. */
    public int leafIndex(String code) {
        Integer i = leafByCode.get(code);
        return i == null ? -1 : i;
    }

    public boolean isMilestone(int leaf) {
        return milestone[leaf];
    }

    public byte state(int leaf) {
        return state[leaf];
    }

    public double plannedDuration(int leaf) {
        return plannedDuration[leaf];
    }

    /** Share of the duration still to do: 1 before start, 1 - percent complete while in progress, 0 when done. */
    public double remainingFraction(int leaf) {
        return remainingFraction[leaf];
    }

    public double actualStart(int leaf) {
        return actualStart[leaf];
    }

    /** Offset of the status date: remaining work cannot be scheduled before it. 0 without progress. */
    public double statusOffset() {
        return earliestRemainingWork;
    }

    /** Summary WBS codes, in WBS order. */
    public List<String> summaryCodes() {
        return summaryCodes;
    }

    /** Leaf indices under the summary at position {@code s} of {@link #summaryCodes()}. */
    public int[] summaryLeaves(int s) {
        return summaryLeaves[s].clone();
    }

    /** The codes of every leaf under {@code code} (itself when it is a leaf); empty when unknown. */
    public int[] leavesUnder(String code) {
        int leaf = leafIndex(code);
        if (leaf >= 0) {
            return new int[] {leaf};
        }
        int s = summaryCodes.indexOf(code);
        return s < 0 ? new int[0] : summaryLeaves[s].clone();
    }

    /** Remaining durations of the deterministic plan: planned duration times the remaining fraction. */
    public double[] deterministicRemaining() {
        double[] d = new double[size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = plannedDuration[i] * remainingFraction[i];
        }
        return d;
    }

    /**
     * CPM forward pass with Microsoft Project's rules (the MPXJ reference scheduler agrees): {@code remaining[i]} is
     * the remaining duration of leaf i (ignored when finished); fills {@code t} (length 2n) with early start/finish
     * and returns the project finish (latest early finish). Every link becomes a bound on the start: FS/SS directly,
     * FF/SF through the finish minus the duration. Work without predecessors starts at the plan start; links may
     * pull work earlier (negative lags, SF) except FF. With a status date, remaining work cannot start before it:
     * in-progress work keeps its actual start and finishes its remaining part after the status date; finished
     * work sits at its actual dates.
     */
    public double forward(double[] remaining, double[] t) {
        final int n = codes.length;
        final double status = earliestRemainingWork;
        double projectFinish = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double es;
            double ef;
            byte s = state[i];
            if (s == FINISHED) {
                es = actualStart[i];
                ef = actualFinish[i];
            } else if (s == IN_PROGRESS) {
                es = actualStart[i];
                ef = status + remaining[i];
                for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                    double v = t[finishLinkSource[k]] + finishLinkLag[k];
                    if (v > ef) {
                        ef = v;
                    }
                }
            } else {
                double d = remaining[i];
                es = startFloor[i];
                for (int k = startLinkRow[i], end = startLinkRow[i + 1]; k < end; k++) {
                    double v = t[startLinkSource[k]] + startLinkLag[k];
                    if (v > es) {
                        es = v;
                    }
                }
                for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                    double v = t[finishLinkSource[k]] + finishLinkLag[k] - d;
                    double floor = finishLinkFloor[k];
                    if (floor > v) {
                        v = floor;
                    }
                    if (v > es) {
                        es = v;
                    }
                }
                ef = es + d;
            }
            t[2 * i] = es;
            t[2 * i + 1] = ef;
            if (ef > projectFinish) {
                projectFinish = ef;
            }
        }
        return projectFinish;
    }

    /**
     * The compiled network as flat arrays, for kernels that run {@link #forward}'s rules over many iterations at
     * once. The arrays are the network's own: read them, never write.
     */
    public LinkArrays linkArrays() {
        double latestActualFinish = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < codes.length; i++) {
            if (state[i] == FINISHED) {
                latestActualFinish = Math.max(latestActualFinish, actualFinish[i]);
            }
        }
        return new LinkArrays(state, actualStart, actualFinish, earliestRemainingWork, startFloor, startLinkRow,
                startLinkSource, startLinkLag, finishLinkRow, finishLinkSource, finishLinkLag, finishLinkFloor,
                finishCandidates, latestActualFinish);
    }

    /**
     * See the fields of {@link ScheduleNetwork}. The project finish is the latest finish among
     * {@code finishCandidates} and {@code latestActualFinish} (negative infinity when nothing is finished): every
     * other leaf has a successor that finishes at least as late.
     */
    public record LinkArrays(byte[] state, double[] actualStart, double[] actualFinish, double statusOffset,
            double[] startFloor, int[] startLinkRow, int[] startLinkSource, double[] startLinkLag, int[] finishLinkRow,
            int[] finishLinkSource, double[] finishLinkLag, double[] finishLinkFloor, int[] finishCandidates,
            double latestActualFinish) {
    }

    /**
     * For display only: whether each zero-duration leaf's early time is the start of a working day (08:00, driven by
     * a start or the plan start) rather than the end of the previous one (17:00, driven by a finish). Offsets cannot
     * tell these apart, dates can: MS Project shows such a milestone on different days. Ties go to the later time;
     * a positive lag ends at the end of a working day, a negative one at the start of one.
     */
    public boolean[] zeroDurationAtDayStart(double[] remaining, double[] t) {
        int n = codes.length;
        boolean[] atDayStart = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (remaining[i] != 0 || state[i] == FINISHED) {
                continue;
            }
            double es = t[2 * i];
            boolean dayStart = startFloor[i] >= es - 1e-9 || state[i] == IN_PROGRESS;
            for (int k = startLinkRow[i]; k < startLinkRow[i + 1]; k++) {
                if (t[startLinkSource[k]] + startLinkLag[k] >= es - 1e-9) {
                    dayStart |= lagged(startLinkLag[k], pointAtDayStart(startLinkSource[k], remaining, atDayStart));
                }
            }
            for (int k = finishLinkRow[i]; k < finishLinkRow[i + 1]; k++) {
                double v = t[finishLinkSource[k]] + finishLinkLag[k];
                if (v >= es - 1e-9) {
                    dayStart |= lagged(finishLinkLag[k], pointAtDayStart(finishLinkSource[k], remaining, atDayStart));
                } else if (finishLinkFloor[k] >= es - 1e-9) {
                    dayStart = true;
                }
            }
            atDayStart[i] = dayStart;
        }
        return atDayStart;
    }

    /** Counting whole working days forward ends at a day's end, counting backward at a day's start. */
    private static boolean lagged(double lag, boolean atDayStart) {
        return lag == 0 ? atDayStart : lag < 0;
    }

    private boolean pointAtDayStart(int source, double[] remaining, boolean[] atDayStart) {
        int p = source >> 1;
        boolean zeroDuration = remaining[p] == 0 && state[p] != FINISHED;
        return zeroDuration ? atDayStart[p] : (source & 1) == 0;
    }

    /**
     * CPM backward pass after {@link #forward}: fills {@code late} (length 2n) with late start/finish against
     * {@code projectFinish}. {@code bound} is scratch of length n. Each leaf, once its successors are done,
     * pushes its constraints onto its predecessors, so only predecessor rows are needed.
     */
    public void backward(double[] t, double projectFinish, double[] late, double[] bound) {
        final int n = codes.length;
        Arrays.fill(bound, 0, n, projectFinish);
        for (int i = n - 1; i >= 0; i--) {
            double lf = bound[i];
            double ls = lf - (t[2 * i + 1] - t[2 * i]);
            late[2 * i] = ls;
            late[2 * i + 1] = lf;
            for (int k = startLinkRow[i], end = startLinkRow[i + 1]; k < end; k++) {
                push(startLinkSource[k], ls - startLinkLag[k], t, bound);
            }
            for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                push(finishLinkSource[k], lf - finishLinkLag[k], t, bound);
            }
        }
    }

    /**
     * Criticality for Monte Carlo without a backward pass: after {@link #forward}, walks back from the leaves that
     * finish last along binding links only (those whose constraint equals the successor's scheduled start, or
     * finish for work in progress) and adds 1 to {@code criticalCount[i]} for every unfinished leaf reached. That
     * is exactly the set with zero total float, at the cost of the critical paths instead of the whole network.
     * {@code stack} and {@code visited} are scratch of length n; {@code visit} must differ on every call.
     */
    public void countCritical(double[] remaining, double[] t, double projectFinish, double tolerance, int[] stack,
            int[] visited, int visit, int[] criticalCount) {
        countCritical(remaining, t, 1, 1, new double[] {projectFinish}, tolerance, stack, visited, new int[1], visit,
                criticalCount);
    }

    /**
     * {@link #countCritical} for every lane of a batch of {@code width} iterations laid out lane by lane (start of
     * leaf i in lane j at {@code t[2 * i * width + j]}, its finish at {@code t[(2 * i + 1) * width + j]}, its
     * remaining duration at {@code remaining[i * width + j]}): one pass finds each lane's last-finishing leaves, then each lane walks its binding links.
     * {@code stack} and {@code visited} are scratch of length width * n, {@code tops} of length width; {@code visit}
     * must differ on every call.
     */
    public void countCritical(double[] remaining, double[] t, int width, int lanes, double[] projectFinish,
            double tolerance, int[] stack, int[] visited, int[] tops, int visit, int[] criticalCount) {
        final int n = codes.length;
        Arrays.fill(tops, 0, lanes, 0);
        for (int i : finishCandidates) {
            int ef = (2 * i + 1) * width;
            for (int j = 0; j < lanes; j++) {
                if (t[ef + j] >= projectFinish[j] - tolerance) {
                    visited[j * n + i] = visit;
                    stack[j * n + tops[j]++] = i;
                }
            }
        }
        for (int j = 0; j < lanes; j++) {
            walk(remaining, t, width, j, tolerance, stack, j * n, tops[j], visited, visit, criticalCount);
        }
    }

    private void walk(double[] remaining, double[] t, int width, int lane, double tolerance, int[] stack, int base,
            int top, int[] visited, int visit, int[] criticalCount) {
        while (top > 0) {
            int i = stack[base + --top];
            criticalCount[i]++;
            if (state[i] == NOT_STARTED) {
                double es = t[2 * i * width + lane] - tolerance;
                for (int k = startLinkRow[i], end = startLinkRow[i + 1]; k < end; k++) {
                    if (t[startLinkSource[k] * width + lane] + startLinkLag[k] >= es) {
                        top = visit(startLinkSource[k] >> 1, stack, base, top, visited, visit);
                    }
                }
                double d = remaining[i * width + lane];
                for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                    double v = t[finishLinkSource[k] * width + lane] + finishLinkLag[k] - d;
                    if (v >= es && v >= finishLinkFloor[k]) {
                        top = visit(finishLinkSource[k] >> 1, stack, base, top, visited, visit);
                    }
                }
            } else {
                double ef = t[(2 * i + 1) * width + lane] - tolerance;
                for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                    if (t[finishLinkSource[k] * width + lane] + finishLinkLag[k] >= ef) {
                        top = visit(finishLinkSource[k] >> 1, stack, base, top, visited, visit);
                    }
                }
            }
        }
    }

    private int visit(int p, int[] stack, int base, int top, int[] visited, int visit) {
        if (visited[base + p] != visit && state[p] != FINISHED) {
            visited[base + p] = visit;
            stack[base + top++] = p;
        }
        return top;
    }


    /** Total float of leaf i: late finish minus early finish; zero for finished work, which cannot move. */
    public double totalFloat(int i, double[] t, double[] late) {
        return state[i] == FINISHED ? 0 : late[2 * i + 1] - t[2 * i + 1];
    }

    private static void push(int source, double latestSourceTime, double[] t, double[] bound) {
        int p = source >> 1;
        // a bound on the predecessor's start is a bound on its finish shifted by its scheduled span
        double latestFinish = (source & 1) == 1 ? latestSourceTime : latestSourceTime + (t[2 * p + 1] - t[2 * p]);
        if (latestFinish < bound[p]) {
            bound[p] = latestFinish;
        }
    }

    /** Collects and checks the WBS before the arrays are built. */
    private static final class Builder {

        private record Link(int predecessor, RelationType type, double lag) {
        }

        private static final class Leaf {
            Activity activity;
            int wbsIndex;
            byte state;
            double remainingFraction;
            double actualStart;
            double actualFinish;
            final List<Link> links = new ArrayList<>();
        }

        final WorkingDayCalendar calendar;
        final List<Leaf> leaves = new ArrayList<>();
        final Map<String, List<String>> summaryLeafCodes = new java.util.LinkedHashMap<>();
        final double statusOffset;
        final LocalDate statusDate;
        int[] order;

        Builder(ScheduleInput plan) {
            if (plan.startDate() == null) {
                throw new ScheduleException("the plan has no startDate");
            }
            calendar = new WorkingDayCalendar(plan.calendar(), plan.startDate());
            statusDate = plan.statusDate();
            if (statusDate != null && statusDate.isBefore(plan.startDate())) {
                throw new ScheduleException("statusDate " + statusDate + " is before the plan startDate " + plan.startDate());
            }
            statusOffset = statusDate == null ? 0 : calendar.workingDaysThrough(statusDate);
            List<Activity> wbs = plan.wbs();
            Map<String, Integer> byCode = new HashMap<>();
            for (int w = 0; w < wbs.size(); w++) {
                Activity a = wbs.get(w);
                if (a == null || a.code() == null || a.code().isBlank()) {
                    throw new ScheduleException("wbs[" + w + "] has no code");
                }
                if (byCode.putIfAbsent(a.code(), w) != null) {
                    throw new ScheduleException("WBS code " + a.code() + " appears twice (wbs[" + byCode.get(a.code())
                            + "] and wbs[" + w + "])");
                }
            }
            for (Activity a : wbs) {
                String parent = a.parentCode();
                if (parent != null && !byCode.containsKey(parent)) {
                    throw new ScheduleException("activity " + a.code() + " has no parent " + parent + " in the WBS");
                }
            }
            Wbs hierarchy = new Wbs(wbs);
            Map<String, Integer> leafByCode = new HashMap<>();
            for (int w = 0; w < wbs.size(); w++) {
                Activity a = wbs.get(w);
                if (!hierarchy.isLeaf(a)) {
                    if (!a.relations().isEmpty()) {
                        throw new ScheduleException("summary activity " + a.code()
                                + " has relations; relations belong to leaf activities");
                    }
                    summaryLeafCodes.put(a.code(), new ArrayList<>());
                    continue;
                }
                leafByCode.put(a.code(), leaves.size());
                leaves.add(leaf(a, w, statusDate));
            }
            if (leaves.isEmpty()) {
                throw new ScheduleException("the plan's WBS has no activities");
            }
            for (Leaf leaf : leaves) {
                for (String prefix = leaf.activity.parentCode(); prefix != null;
                        prefix = prefix.lastIndexOf('.') < 0 ? null : prefix.substring(0, prefix.lastIndexOf('.'))) {
                    summaryLeafCodes.get(prefix).add(leaf.activity.code());
                }
                for (Relation r : leaf.activity.relations()) {
                    String where = "activity " + leaf.activity.code() + ": relation from " + r.predecessor();
                    if (r.type() == null) {
                        throw new ScheduleException(where + " has no type (FS, SS, FF or SF)");
                    }
                    if (!Double.isFinite(r.lag())) {
                        throw new ScheduleException(where + " has a lag that is not a number");
                    }
                    Integer p = leafByCode.get(r.predecessor());
                    if (p == null) {
                        throw new ScheduleException(where + (byCode.containsKey(r.predecessor())
                                ? " refers to a summary activity; link leaf activities" : " refers to an unknown activity"));
                    }
                    if (leaves.get(p) == leaf) {
                        throw new ScheduleException(where + " links the activity to itself");
                    }
                    leaf.links.add(new Link(p, r.type(), r.lag()));
                }
            }
            order = topologicalOrder();
        }

        private Leaf leaf(Activity a, int w, LocalDate statusDate) {
            String where = "activity " + a.code();
            if (!Double.isFinite(a.duration()) || a.duration() < 0) {
                throw new ScheduleException(where + ": duration " + a.duration() + " must be a non-negative number of working days");
            }
            if (a.milestone() && a.duration() != 0) {
                throw new ScheduleException(where + " is a milestone but has duration " + a.duration() + "; milestones take 0 days");
            }
            if (!(a.percentComplete() >= 0 && a.percentComplete() <= 100)) {
                throw new ScheduleException(where + ": percentComplete " + a.percentComplete() + " is outside 0..100");
            }
            Leaf leaf = new Leaf();
            leaf.activity = a;
            leaf.wbsIndex = w;
            leaf.remainingFraction = 1 - a.percentComplete() / 100.0;
            if (a.actualFinish() != null && a.actualStart() == null) {
                throw new ScheduleException(where + " has an actualFinish but no actualStart");
            }
            if (a.actualStart() == null) {
                leaf.state = NOT_STARTED;
                return leaf;
            }
            if (statusDate == null) {
                throw new ScheduleException(where + " reports progress (actualStart " + a.actualStart()
                        + ") but the plan has no statusDate");
            }
            if (a.actualStart().isBefore(calendar.origin())) {
                throw new ScheduleException(where + ": actualStart " + a.actualStart() + " is before the plan startDate");
            }
            if (a.actualStart().isAfter(statusDate)) {
                throw new ScheduleException(where + ": actualStart " + a.actualStart() + " is after the statusDate " + statusDate);
            }
            leaf.actualStart = calendar.workingDaysBefore(a.actualStart());
            if (a.actualFinish() != null) {
                if (a.actualFinish().isBefore(a.actualStart())) {
                    throw new ScheduleException(where + ": actualFinish " + a.actualFinish() + " is before actualStart " + a.actualStart());
                }
                if (a.actualFinish().isAfter(statusDate)) {
                    throw new ScheduleException(where + ": actualFinish " + a.actualFinish() + " is after the statusDate " + statusDate);
                }
                leaf.state = FINISHED;
                leaf.remainingFraction = 0;
                leaf.actualFinish = a.milestone() ? leaf.actualStart
                        : Math.max(leaf.actualStart, calendar.workingDaysThrough(a.actualFinish()));
            } else {
                leaf.state = IN_PROGRESS;
            }
            return leaf;
        }

        /** {@link DependencyOrder} over the leaves' links; on a cycle, names the first as the plan reader does. */
        private int[] topologicalOrder() {
            int n = leaves.size();
            List<List<Integer>> successors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                successors.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                for (Link l : leaves.get(i).links) {
                    successors.get(l.predecessor).add(i);
                }
            }
            int[][] links = successors.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            int[] result = DependencyOrder.order(links);
            if (result.length < n) {
                List<String> cycle = DependencyOrder.cycles(links).get(0).stream()
                        .map(i -> leaves.get(i).activity.code()).toList();
                throw new ScheduleException("dependency cycle " + DependencyOrder.describe(cycle));
            }
            return result;
        }
    }
}
