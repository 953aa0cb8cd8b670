package org.extramile.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Failed logins counted per key (an account, an address) over a sliding window: the failure that reaches the limit
 * locks the key for a while. Kept in this node's memory: a cluster-wide count needs a shared store.
 */
final class Strikes {

    /** Beyond this many keys, those with nothing left to remember are dropped, so a flood cannot fill the heap. */
    private static final int PRUNE_ABOVE = 100_000;

    private final int limit;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final ConcurrentMap<String, Record> records = new ConcurrentHashMap<>();

    Strikes(int limit, Duration window, Duration lockout, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("A login limit needs at least one failure, a window and a lockout.");
        }
        this.limit = limit;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long the key stays locked; zero when it is not. */
    Duration lockedFor(String key) {
        Record record = records.get(key);
        return record == null ? Duration.ZERO : record.lockedFor(clock.instant());
    }

    /** Counts a failure; the lock it starts when it reaches the limit, zero otherwise. */
    Duration strike(String key) {
        Instant now = clock.instant();
        if (records.size() > PRUNE_ABOVE) {
            records.values().removeIf(record -> record.forgotten(now, window));
        }
        return records.compute(key, (k, record) -> (record == null ? Record.EMPTY : record).strike(now, this))
                .lockedFor(now);
    }

    /** Forgets the key's failures, e.g. after a successful login. */
    void clear(String key) {
        records.remove(key);
    }

    private record Record(List<Instant> failures, Instant lockedUntil) {

        static final Record EMPTY = new Record(List.of(), Instant.MIN);

        Record strike(Instant now, Strikes rules) {
            if (now.isBefore(lockedUntil)) {
                return this;
            }
            List<Instant> recent = new ArrayList<>(failures.size() + 1);
            failures.stream().filter(at -> at.isAfter(now.minus(rules.window))).forEach(recent::add);
            recent.add(now);
            return recent.size() >= rules.limit
                    ? new Record(List.of(), now.plus(rules.lockout))
                    : new Record(List.copyOf(recent), lockedUntil);
        }

        Duration lockedFor(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        boolean forgotten(Instant now, Duration window) {
            return !now.isBefore(lockedUntil) && failures.stream().noneMatch(at -> at.isAfter(now.minus(window)));
        }
    }
}
