package org.extramile.certification;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Where certification reads what a trainee has passed. */
public interface PassedScenarios {

    /** Per scenario, the best passing attempt of this account finished after {@code since}; absent if none. */
    Map<String, Pass> best(long accountId, Collection<String> scenarios, Instant since);

    record Pass(double share, int rubricVersion, Instant at) {}
}
