package org.extramile.scoring.quality;

import java.util.Arrays;
import java.util.Comparator;

/** The statistics of agreement between the scorer and trainers: F1, Spearman's rho, ROC AUC. */
final class Agreement {

    private Agreement() {}

    /** F1 of "met" as the positive class; 1 when neither side ever says met (nothing to find, nothing found). */
    static double f1(int truePositives, int falsePositives, int falseNegatives) {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 1 : 2.0 * truePositives / denominator;
    }

    /** Spearman's rho: Pearson's correlation of the ranks, ties given their average rank. */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /** The probability that a random passing answer scores above a random failing one, ties counting half. */
    static double auc(double[] scores, boolean[] positive) {
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
