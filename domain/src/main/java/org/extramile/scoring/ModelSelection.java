package org.extramile.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Fits the models of one kind of criteria (scored or penalties) on trainers' labels, and keeps for each criterion
 * whichever of three predicts its own labels best when they are held out (5-fold log loss): its own model, the model
 * pooled over every criterion, or the prior. Labels that disagree with each other, as two trainers' may, must not make
 * the scorer worse than it was without them. Deterministic: folds are the labels' positions modulo 5.
 */
final class ModelSelection {

    /** The pull of the pooled model towards the prior, and of a criterion's own model towards the pooled one. */
    static final double POOLED_LAMBDA = 2.0;

    static final double CRITERION_LAMBDA = 4.0;

    private static final int FOLDS = 5;

    /**
     * The weights kept for a criterion, where they came from, and how they did on labels held out of the fit (the
     * answers they got wrong by their place in the criterion's labels).
     */
    record Choice(double[] weights, CriterionModel.Source source, HeldOut heldOut) {}

    /** The choice per criterion, and the pooled weights (the prior of the top-level models). */
    record Result(Map<String, Choice> choices, double[] pooled) {}

    private ModelSelection() {}

    /**
     * Empty choices when the labels pooled are not {@code enough} to fit anything. A held-out label is predicted met
     * from a probability of {@code metFrom} (a penalty is deducted from a higher one than 0.5).
     */
    static Result select(
            Map<String, List<double[]>> xs,
            Map<String, List<Boolean>> ys,
            double[] prior,
            Predicate<List<Boolean>> enough,
            double metFrom) {
        List<double[]> allX = new ArrayList<>();
        List<Boolean> allY = new ArrayList<>();
        xs.keySet().forEach(key -> {
            allX.addAll(xs.get(key));
            allY.addAll(ys.get(key));
        });
        Map<String, Choice> choices = new TreeMap<>();
        if (!enough.test(allY)) {
            return new Result(choices, prior);
        }
        double[] pooled = LogisticFit.fit(allX, allY, prior, POOLED_LAMBDA);
        for (String key : xs.keySet()) {
            boolean own = enough.test(ys.get(key));
            HeldOutFits held = heldOut(xs, ys, key, prior, own, metFrom);
            double[] loss = held.loss();
            if (own && loss[2] < loss[1] && loss[2] < loss[0]) {
                choices.put(
                        key,
                        new Choice(
                                LogisticFit.fit(xs.get(key), ys.get(key), pooled, CRITERION_LAMBDA),
                                CriterionModel.Source.CRITERION,
                                held.verdicts()[2]));
            } else if (loss[1] <= loss[0]) {
                choices.put(key, new Choice(pooled, CriterionModel.Source.RUBRIC, held.verdicts()[1]));
            } else {
                choices.put(key, new Choice(prior, CriterionModel.Source.DEFAULT, held.verdicts()[0]));
            }
        }
        return new Result(choices, pooled);
    }

    /** Per candidate (the prior, the pooled model, the criterion's own): the log loss and the verdicts, held out. */
    private record HeldOutFits(double[] loss, HeldOut[] verdicts) {}

    /**
     * Criterion {@code key}'s labels, each predicted by models fitted without its fold: the prior, the pooled model,
     * and (when {@code own}) the criterion's own model.
     */
    private static HeldOutFits heldOut(
            Map<String, List<double[]>> xs,
            Map<String, List<Boolean>> ys,
            String key,
            double[] prior,
            boolean own,
            double metFrom) {
        double[] loss = new double[3];
        HeldOut[] verdicts = {HeldOut.NONE, HeldOut.NONE, HeldOut.NONE};
        List<double[]> x = xs.get(key);
        List<Boolean> y = ys.get(key);
        for (int fold = 0; fold < FOLDS; fold++) {
            List<double[]> pooledX = new ArrayList<>();
            List<Boolean> pooledY = new ArrayList<>();
            List<double[]> ownX = new ArrayList<>();
            List<Boolean> ownY = new ArrayList<>();
            xs.keySet().stream().filter(k -> !k.equals(key)).forEach(k -> {
                pooledX.addAll(xs.get(k));
                pooledY.addAll(ys.get(k));
            });
            for (int i = 0; i < x.size(); i++) {
                if (i % FOLDS != fold) {
                    ownX.add(x.get(i));
                    ownY.add(y.get(i));
                }
            }
            pooledX.addAll(ownX);
            pooledY.addAll(ownY);
            double[] pooled = LogisticFit.fit(pooledX, pooledY, prior, POOLED_LAMBDA);
            double[] criterion = own ? LogisticFit.fit(ownX, ownY, pooled, CRITERION_LAMBDA) : pooled;
            double[][] candidates = {prior, pooled, criterion};
            for (int i = fold; i < x.size(); i += FOLDS) {
                for (int c = 0; c < candidates.length; c++) {
                    double p = CriterionModel.sigmoid(CriterionModel.dot(candidates[c], x.get(i)));
                    loss[c] += -Math.log(Math.max(1e-9, y.get(i) ? p : 1 - p));
                    verdicts[c] = verdicts[c].plus(y.get(i), p >= metFrom, i);
                }
            }
        }
        return new HeldOutFits(loss, verdicts);
    }
}
