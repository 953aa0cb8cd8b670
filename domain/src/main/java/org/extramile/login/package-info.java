/**
 * Failed logins counted cluster-wide: per username and per client address, in the database every node shares, so an
 * attacker spread over n nodes gets no more tries than on one ({@link org.extramile.login.FailedLogins}). The rules
 * (how many failures, which window, how long a lock) come from the caller, the login throttle of the REST boundary.
 */
package org.extramile.login;
