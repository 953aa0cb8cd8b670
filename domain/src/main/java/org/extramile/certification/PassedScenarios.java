package org.extramile.certification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where certification reads what a trainee has passed. */
public interface PassedScenarios {

    /** Every passing attempt of these accounts at these scenarios, the best first: the highest share, then the latest. */
    List<Passed> passes(Collection<Long> accountIds, Collection<String> scenarios);

    /** Per scenario, the best passing attempt of this account finished after {@code since}; absent if none. */
    default Map<String, Pass> best(long accountId, Collection<String> scenarios, Instant since) {
        return best(passes(List.of(accountId), scenarios), since);
    }

    /** Per scenario, the best of one account's passes (best first) finished after {@code since}. */
    static Map<String, Pass> best(List<Passed> passes, Instant since) {
        Map<String, Pass> best = new HashMap<>();
        for (Passed passed : passes) {
            if (passed.pass().at().isAfter(since)) {
                best.putIfAbsent(passed.scenario(), passed.pass());
            }
        }
        return best;
    }

    record Pass(double share, int rubricVersion, Instant at) {}

    /** A pass of one account at one scenario. */
    record Passed(long accountId, String scenario, Pass pass) {}
}
