package org.keelson.simulation.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.testing.PlanFixtures;

/**
 * The Monte Carlo critical-path walk must agree with the plain CPM passes: it flags exactly the leaves a full
 * backward pass gives zero float.
 */
class CriticalTraceTest {

    @Test
    void walkMatchesBackwardPassOnRandomNetworksAndDurations() {
        SplittableRandom random = new SplittableRandom(17);
        int flagged = 0;
        for (int network = 0; network < 40; network++) {
            int n = 80;
            ScheduleNetwork net = ScheduleNetwork.compile(PlanFixtures.plan(PlanFixtures.randomNetwork(random, n)));
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
}
