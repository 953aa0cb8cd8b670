package org.extramile.scoring;

import java.util.List;

/**
 * Fits a logistic regression by Newton's method with a fixed number of steps and an L2 pull towards prior
 * weights: deterministic, no randomness, and safe on few labels (with none it returns the prior).
 */
final class LogisticFit {

    private static final int ITERATIONS = 25;

    private LogisticFit() {}

    /** Minimises the log loss over (x, y) plus {@code lambda}/2 times the squared distance to {@code prior}. */
    static double[] fit(List<double[]> xs, List<Boolean> ys, double[] prior, double lambda) {
        int d = prior.length;
        double[] w = prior.clone();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int j = 0; j < d; j++) {
                gradient[j] = lambda * (w[j] - prior[j]);
                hessian[j][j] = lambda;
            }
            for (int i = 0; i < xs.size(); i++) {
                double[] x = xs.get(i);
                double p = CriterionModel.sigmoid(CriterionModel.dot(w, x));
                double error = p - (ys.get(i) ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-6);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * x[j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += curvature * x[j] * x[k];
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting; the L2 term keeps the matrix well conditioned. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * x[k];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
