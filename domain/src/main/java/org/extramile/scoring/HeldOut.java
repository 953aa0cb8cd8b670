package org.extramile.scoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How a criterion's model did on the trainers' labels it was not fitted on (each predicted by a model fitted on the
 * other four fifths): the verdicts that agreed, those labelled met that it called not met ({@code missed}), and those
 * labelled not met that it called met ({@code falselyMet}). What a trainer can expect of it on answers to come.
 * {@code wrong} says which labelled answers it got wrong, in order of their place in {@link Scorer#readingOrder}: where a
 * label given by mistake hides, or words the rubric lacks.
 */
public record HeldOut(int agreed, int missed, int falselyMet, List<Integer> wrong) implements Serializable {

    /** Not measured: the defaults, or a calibration stored before this was. */
    public static final HeldOut NONE = new HeldOut(0, 0, 0, List.of());

    public HeldOut {
        wrong = wrong.stream().sorted().toList();
    }

    public int total() {
        return agreed + missed + falselyMet;
    }

    /** One more verdict, on the labelled answer at {@code place}. */
    HeldOut plus(boolean labelledMet, boolean predictedMet, int place) {
        if (labelledMet == predictedMet) {
            return new HeldOut(agreed + 1, missed, falselyMet, wrong);
        }
        List<Integer> more = new ArrayList<>(wrong);
        more.add(place);
        return labelledMet
                ? new HeldOut(agreed, missed + 1, falselyMet, more)
                : new HeldOut(agreed, missed, falselyMet + 1, more);
    }

    /** The same verdicts, the answers named by {@code places.get(i)} instead of {@code i}. */
    HeldOut placedBy(List<Integer> places) {
        return new HeldOut(
                agreed, missed, falselyMet, wrong.stream().map(places::get).toList());
    }
}
