package org.extramile.scoring;

import java.util.List;

/**
 * Fits a logistic regression by Newton's method with an L2 pull towards prior weights: deterministic, no randomness,
 * and safe on few labels (with none it returns the prior). Each step is halved until it lowers the penalised loss:
 * a full Newton step from weights far from the optimum can overshoot, and repeated overshoots had sent some fits to
 * weights of -20 and beyond (a top-level model fitted on 60 answers), however strong the pull.
 */
final class LogisticFit {

    private static final int ITERATIONS = 25;

    /** Halvings of a step before giving up on it: 2^-30 of a Newton step changes nothing that matters. */
    private static final int HALVINGS = 30;

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
            double decrease = CriterionModel.dot(gradient, step);
            if (!(decrease > 1e-12)) {
                break;
            }
            double loss = loss(xs, ys, prior, lambda, w);
            double[] next = new double[d];
            double scale = 1;
            for (int halving = 0; halving <= HALVINGS; halving++, scale /= 2) {
                for (int j = 0; j < d; j++) {
                    next[j] = w[j] - scale * step[j];
                }
                // Armijo's condition: the loss falls by a fair share of what the step's slope promises.
                if (loss(xs, ys, prior, lambda, next) <= loss - 1e-4 * scale * decrease) {
                    break;
                }
            }
            w = next;
        }
        return w;
    }

    /** The log loss over (x, y) plus the pull towards {@code prior}: what {@link #fit} minimises. */
    static double loss(List<double[]> xs, List<Boolean> ys, double[] prior, double lambda, double[] w) {
        double loss = 0;
        for (int j = 0; j < w.length; j++) {
            loss += lambda / 2 * (w[j] - prior[j]) * (w[j] - prior[j]);
        }
        for (int i = 0; i < xs.size(); i++) {
            double z = CriterionModel.dot(w, xs.get(i));
            // log(1 + e^-z) for a label met, log(1 + e^z) otherwise, without overflow.
            double margin = ys.get(i) ? -z : z;
            loss += Math.max(margin, 0) + Math.log1p(Math.exp(-Math.abs(margin)));
        }
        return loss;
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
