package org.keelson.simulation.montecarlo;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.keelson.simulation.distribution.NormalQuantile;
import org.keelson.simulation.random.SplitMix;

/**
 * Iman-Conover (1982) rank correlation: independent uniforms for m variables are reordered, block by block, so
 * their ranks follow a normal-score matrix with the target correlation. Marginals (and Latin hypercube strata)
 * are untouched; only the pairing changes.
 */
final class ImanConover {

    private final int m;
    /** C = P P^T: P from the eigen decomposition, which also accepts singular (semi-definite) targets. */
    private final double[][] target;

    /**
     * @param correlation symmetric target rank correlation matrix with unit diagonal
     * @param names the variables, for the error message
     * @throws SimulationSetupException when the matrix is not positive semi-definite
     */
    ImanConover(double[][] correlation, String[] names) {
        m = correlation.length;
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(correlation, true));
        double[] values = eigen.getRealEigenvalues();
        double smallest = Arrays.stream(values).min().orElse(1);
        if (smallest < -1e-9) {
            throw new SimulationSetupException("the correlation matrix of activities " + String.join(", ", names)
                    + " is not positive semi-definite (smallest eigenvalue " + String.format("%.4f", smallest)
                    + "): some coefficients contradict each other");
        }
        RealMatrix v = eigen.getV();
        target = new double[m][m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                target[r][c] = v.getEntry(r, c) * Math.sqrt(Math.max(0, values[c]));
            }
        }
    }

    int variables() {
        return m;
    }

    /**
     * Fills {@code out[v * n + j]} (variable v, row j of the block) with uniforms whose ranks carry the target
     * correlation. {@code sortedUniforms[v]} supplies each variable's n values in ascending order.
     */
    void correlate(double[][] sortedUniforms, int n, long state, double[] out) {
        if (n <= m + 1) {
            // too few rows to estimate the score correlation: keep the independent pairing
            for (int v = 0; v < m; v++) {
                for (int j = 0; j < n; j++) {
                    out[v * n + j] = sortedUniforms[v][SplitMix.permute(j, n, state + v)];
                }
            }
            return;
        }
        double[] scores = new double[n];
        double sumSquares = 0;
        for (int j = 0; j < n; j++) {
            scores[j] = NormalQuantile.of((j + 1.0) / (n + 1));
            sumSquares += scores[j] * scores[j];
        }
        double scale = Math.sqrt(n / sumSquares);
        double[][] scoreMatrix = new double[n][m];
        for (int v = 0; v < m; v++) {
            long key = SplitMix.mix(state + SplitMix.GOLDEN * (v + 1));
            for (int j = 0; j < n; j++) {
                scoreMatrix[j][v] = scores[SplitMix.permute(j, n, key)] * scale;
            }
        }
        // E: correlation actually present in the random score columns; T = M (Q^-1)^T P^T removes it, adds the target
        double[][] e = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += scoreMatrix[j][a] * scoreMatrix[j][b];
                }
                e[a][b] = e[b][a] = s / n;
            }
        }
        RealMatrix transform;
        try {
            RealMatrix q = new CholeskyDecomposition(new Array2DRowRealMatrix(e, false), 1e-10, 1e-12).getL();
            RealMatrix qInverse = new org.apache.commons.math3.linear.LUDecomposition(q).getSolver().getInverse();
            transform = qInverse.transpose().multiply(new Array2DRowRealMatrix(target, false).transpose());
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.SingularMatrixException ex) {
            transform = new Array2DRowRealMatrix(target, false).transpose();
        }
        double[][] t = new Array2DRowRealMatrix(scoreMatrix, false).multiply(transform).getData();
        Integer[] order = new Integer[n];
        for (int v = 0; v < m; v++) {
            final int column = v;
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (x, y) -> Double.compare(t[x][column], t[y][column]));
            for (int rank = 0; rank < n; rank++) {
                out[v * n + order[rank]] = sortedUniforms[v][rank];
            }
        }
    }
}
