package org.extramile.attempt;

import java.io.Serializable;
import java.util.List;

/** An attempt's result as shown: its points, their share, the pass mark, and what failed it. */
public record ResultView(
        int points, int maxPoints, double share, double passMark, boolean passed, List<String> failedCritical)
        implements Serializable {

    static ResultView of(AttemptResult result, double passMark) {
        return new ResultView(
                result.points(),
                result.maxPoints(),
                result.share(),
                passMark,
                result.passed(),
                result.failedCritical());
    }
}
