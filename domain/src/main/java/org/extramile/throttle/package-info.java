/**
 * Failures counted cluster-wide, in the database every node shares, so an attacker spread over n nodes gets no more
 * tries than on one ({@link org.extramile.throttle.FailureCounts}): failed logins per username and per client address,
 * and lookups of certificate serials that do not exist per client address. The rules (how many failures, which window,
 * how long a lock) come from the callers: the login throttle of the REST boundary and the certificates' {@code
 * VerificationThrottle}.
 */
package org.extramile.throttle;
