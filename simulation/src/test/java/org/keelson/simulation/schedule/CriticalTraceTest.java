package org.keelson.simulation.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.Lanes;
import org.keelson.simulation.testing.PlanFixtures;

/**
 * The Monte Carlo kernels must agree with the plain CPM passes: the critical-path walk flags exactly the leaves a
 * full backward pass gives zero float, and the forward pass over {@link Lanes#WIDTH} lanes gives each lane the
 * dates of a forward pass of its own.
 */
class CriticalTraceTest {

    @Test
    void walkMatchesBackwardPassOnRandomNetworksAndDurations() {
        SplittableRandom random = new SplittableRandom(17);
        RelationType[] types = RelationType.values();
        int flagged = 0;
        for (int network = 0; network < 40; network++) {
            int n = 80;
            ScheduleNetwork net = ScheduleNetwork.compile(PlanFixtures.plan(randomNetwork(random, n, types)));
            double[] remaining = new double[n];
            double[] t = new double[2 * n];
            double[] late = new double[2 * n];
            int[] stack = new int[n];
            int[] visited = new int[n];
            for (int draw = 0; draw < 20; draw++) {
                for (int i = 0; i < n; i++) {
                    remaining[i] = random.nextInt(3) == 0 ? random.nextInt(12) : 1 + 10 * random.nextDouble();
                }
                double finish = net.forward(remaining, t);
                net.backward(t, finish, late, new double[n]);
                int[] expected = new int[n];
                for (int i = 0; i < n; i++) {
                    expected[i] = net.totalFloat(i, t, late) <= CriticalPathScheduler.CRITICAL_FLOAT ? 1 : 0;
                    flagged += expected[i];
                }
                int[] counted = new int[n];
                net.countCritical(remaining, t, finish, CriticalPathScheduler.CRITICAL_FLOAT, stack, visited, draw + 1, counted);
                assertArrayEquals(expected, counted, "network " + network + " draw " + draw);
            }
        }
        assertTrue(flagged > 1000);
    }

    @Test
    void forwardPassOverLanesGivesEveryLaneItsOwnDates() {
        SplittableRandom random = new SplittableRandom(29);
        RelationType[] types = RelationType.values();
        int width = Lanes.WIDTH;
        for (int network = 0; network < 20; network++) {
            int n = 60;
            ScheduleNetwork net = ScheduleNetwork.compile(PlanFixtures.plan(randomNetwork(random, n, types)));
            double[] remaining = new double[n * width];
            for (int x = 0; x < remaining.length; x++) {
                remaining[x] = random.nextInt(4) == 0 ? 0 : 1 + 10 * random.nextDouble();
            }
            double[] lanes = new double[2 * n * width];
            double[] finishes = new double[width];
            net.forwardLanes(remaining, lanes, finishes);
            for (int j = 0; j < width; j++) {
                double[] own = new double[n];
                for (int i = 0; i < n; i++) {
                    own[i] = remaining[i * width + j];
                }
                double[] t = new double[2 * n];
                assertEquals(net.forward(own, t), finishes[j], 0, "network " + network + " lane " + j);
                for (int x = 0; x < 2 * n; x++) {
                    assertEquals(t[x], lanes[x * width + j], 0, "network " + network + " lane " + j + " time " + x);
                }
            }
        }
    }

    private static List<Activity> randomNetwork(SplittableRandom random, int n, RelationType[] types) {
        List<Activity> wbs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Relation> relations = new ArrayList<>();
            for (int k = 0; i > 0 && k < 1 + random.nextInt(3); k++) {
                relations.add(new Relation("T" + random.nextInt(i), types[random.nextInt(types.length)],
                        random.nextInt(4) == 0 ? random.nextInt(7) - 3 : 0));
            }
            wbs.add(new Activity("T" + i, null, null, null, false, 1, null, null, null, 0, null, null, 0, 0, null,
                    relations.stream().distinct().toList()));
        }
        return wbs;
    }
}
