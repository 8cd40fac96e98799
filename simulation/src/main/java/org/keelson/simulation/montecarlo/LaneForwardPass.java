package org.keelson.simulation.montecarlo;

import static org.keelson.simulation.LaneSpecies.DOUBLES;
import static org.keelson.simulation.LaneSpecies.STEP;
import static org.keelson.simulation.montecarlo.LaneVectors.later;

import jdk.incubator.vector.DoubleVector;

import org.keelson.simulation.Lanes;
import org.keelson.simulation.schedule.ScheduleNetwork;

/**
 * {@link ScheduleNetwork#forward} for {@link Lanes#WIDTH} iterations at once, in SIMD vectors: the link
 * bookkeeping is shared by the lanes and each link costs a few vector instructions. Remaining duration of leaf i
 * in lane j at {@code remaining[i * WIDTH + j]}, its start at {@code t[2 * i * WIDTH + j]} and its finish at
 * {@code t[(2 * i + 1) * WIDTH + j]}; each lane gets exactly the dates of a scalar pass of its own.
 */
final class LaneForwardPass {

    private static final int W = Lanes.WIDTH;

    private final ScheduleNetwork.LinkArrays links;

    LaneForwardPass(ScheduleNetwork network) {
        links = network.linkArrays();
    }

    /** Fills {@code t} from {@code remaining} and puts each lane's project finish in {@code projectFinish}. */
    void run(double[] remaining, double[] t, double[] projectFinish) {
        final byte[] state = links.state();
        final double[] startFloor = links.startFloor();
        final int[] startLinkRow = links.startLinkRow();
        final int[] startLinkSource = links.startLinkSource();
        final double[] startLinkLag = links.startLinkLag();
        final int[] finishLinkRow = links.finishLinkRow();
        final int[] finishLinkSource = links.finishLinkSource();
        final double[] finishLinkLag = links.finishLinkLag();
        final double[] finishLinkFloor = links.finishLinkFloor();
        final int n = state.length;
        for (int i = 0; i < n; i++) {
            final int es = 2 * i * W;
            final int ef = es + W;
            final byte s = state[i];
            for (int j = 0; j < W; j += STEP) {
                DoubleVector start;
                DoubleVector finish;
                if (s == ScheduleNetwork.NOT_STARTED) {
                    DoubleVector d = DoubleVector.fromArray(DOUBLES, remaining, i * W + j);
                    start = DoubleVector.broadcast(DOUBLES, startFloor[i]);
                    for (int k = startLinkRow[i], end = startLinkRow[i + 1]; k < end; k++) {
                        start = later(start, DoubleVector.fromArray(DOUBLES, t, startLinkSource[k] * W + j)
                                .add(startLinkLag[k]));
                    }
                    for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                        DoubleVector bound = DoubleVector.fromArray(DOUBLES, t, finishLinkSource[k] * W + j)
                                .add(finishLinkLag[k]).sub(d);
                        bound = later(bound, DoubleVector.broadcast(DOUBLES, finishLinkFloor[k]));
                        start = later(start, bound);
                    }
                    finish = start.add(d);
                } else if (s == ScheduleNetwork.IN_PROGRESS) {
                    start = DoubleVector.broadcast(DOUBLES, links.actualStart()[i]);
                    finish = DoubleVector.broadcast(DOUBLES, links.statusOffset())
                            .add(DoubleVector.fromArray(DOUBLES, remaining, i * W + j));
                    for (int k = finishLinkRow[i], end = finishLinkRow[i + 1]; k < end; k++) {
                        finish = later(finish, DoubleVector.fromArray(DOUBLES, t, finishLinkSource[k] * W + j)
                                .add(finishLinkLag[k]));
                    }
                } else {
                    start = DoubleVector.broadcast(DOUBLES, links.actualStart()[i]);
                    finish = DoubleVector.broadcast(DOUBLES, links.actualFinish()[i]);
                }
                start.intoArray(t, es + j);
                finish.intoArray(t, ef + j);
            }
        }
        for (int j = 0; j < W; j += STEP) {
            DoubleVector latest = DoubleVector.broadcast(DOUBLES, links.latestActualFinish());
            for (int i : links.finishCandidates()) {
                latest = later(latest, DoubleVector.fromArray(DOUBLES, t, (2 * i + 1) * W + j));
            }
            latest.intoArray(projectFinish, j);
        }
    }
}
