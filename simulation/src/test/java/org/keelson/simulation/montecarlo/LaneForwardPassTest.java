package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.Lanes;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.ScheduleNetwork;
import org.keelson.simulation.testing.PlanFixtures;

/** Both kernels' forward passes give every lane exactly the dates of a scalar CPM pass of its own. */
class LaneForwardPassTest {

    private static final int W = Lanes.WIDTH;

    @Test
    void everyLaneGetsTheDatesOfItsOwnScalarPass() {
        SplittableRandom random = new SplittableRandom(29);
        for (int network = 0; network < 20; network++) {
            assertLanesMatchScalarPasses(PlanFixtures.plan(PlanFixtures.randomNetwork(random, 60)), random, "network " + network);
        }
    }

    @Test
    void finishedAndInProgressWorkKeepsItsActualDates() {
        SplittableRandom random = new SplittableRandom(31);
        int[] seen = new int[3];
        for (int network = 0; network < 20; network++) {
            List<Activity> wbs = new ArrayList<>(PlanFixtures.randomNetwork(random, 60));
            // the first tasks are done or under way by the status date, as a plan in execution has them
            for (int i = 0; i < 12; i++) {
                boolean finished = i < 6;
                wbs.set(i, PlanFixtures.withProgress(wbs.get(i), finished ? 100 : 40, PlanFixtures.START.plusDays(i),
                        finished ? PlanFixtures.START.plusDays(i + 2) : null));
            }
            Plan plan = PlanFixtures.builder(wbs).statusDate(PlanFixtures.START.plusDays(20)).build();
            ScheduleNetwork net = ScheduleNetwork.compile(plan);
            for (int i = 0; i < net.size(); i++) {
                seen[net.state(i)]++;
            }
            assertLanesMatchScalarPasses(plan, random, "network " + network);
        }
        assertTrue(seen[ScheduleNetwork.IN_PROGRESS] > 0 && seen[ScheduleNetwork.FINISHED] > 0);
    }

    private static void assertLanesMatchScalarPasses(Plan plan, SplittableRandom random, String what) {
        SimulationModel model = new SimulationModel(plan, false);
        ScheduleNetwork net = model.network;
        int n = net.size();
        double[] remaining = new double[n * W];
        for (int x = 0; x < remaining.length; x++) {
            remaining[x] = random.nextInt(4) == 0 ? 0 : 1 + 10 * random.nextDouble();
        }
        for (Kernel kernel : Kernel.values()) {
            double[] lanes = new double[2 * n * W];
            double[] finishes = new double[W];
            kernel.create(model).forward(remaining, lanes, finishes);
            assertLanesMatch(net, remaining, lanes, finishes, what + " " + kernel.id());
        }
    }

    private static void assertLanesMatch(ScheduleNetwork net, double[] remaining, double[] lanes, double[] finishes,
            String what) {
        int n = net.size();
        for (int j = 0; j < W; j++) {
            double[] own = new double[n];
            for (int i = 0; i < n; i++) {
                own[i] = remaining[i * W + j];
            }
            double[] t = new double[2 * n];
            assertEquals(net.forward(own, t), finishes[j], 0, what + " lane " + j);
            for (int x = 0; x < 2 * n; x++) {
                assertEquals(t[x], lanes[x * W + j], 0, what + " lane " + j + " time " + x);
            }
        }
    }
}
