package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.statistics.Samples;

class ImanConoverTest {

    private static final int N = 1024;

    @Test
    void achievedRankCorrelationMatchesTargetAndMarginalsAreKept() {
        double[][] target = {{1, 0.7, -0.4}, {0.7, 1, 0.0}, {-0.4, 0.0, 1}};
        ImanConover ic = new ImanConover(target, new String[] {"A", "B", "C"});
        SplittableRandom random = new SplittableRandom(4);
        double[][] sorted = new double[3][N];
        for (double[] column : sorted) {
            for (int j = 0; j < N; j++) {
                column[j] = random.nextDouble();
            }
            Arrays.sort(column);
        }
        double[] out = new double[3 * N];
        ic.correlate(sorted, N, 12345L, out);
        double[][] columns = new double[3][];
        for (int v = 0; v < 3; v++) {
            columns[v] = Arrays.copyOfRange(out, v * N, (v + 1) * N);
            double[] values = columns[v].clone();
            Arrays.sort(values);
            assertArrayEquals(sorted[v], values, "reordering only");
        }
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                assertEquals(target[a][b], Samples.spearman(columns[a], columns[b]), 0.05, a + "~" + b);
            }
        }
    }

    @Test
    void contradictoryMatrixIsRejectedWithTheActivities() {
        double[][] impossible = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};
        var e = assertThrows(SimulationSetupException.class, () -> new ImanConover(impossible, new String[] {"1.1", "1.2", "2.1"}));
        assertTrue(e.getMessage().contains("1.1, 1.2, 2.1"), e.getMessage());
        assertTrue(e.getMessage().contains("not positive semi-definite"), e.getMessage());
    }
}
