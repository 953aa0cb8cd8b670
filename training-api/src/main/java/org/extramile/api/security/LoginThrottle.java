package org.extramile.api.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.throttle.FailureCounts;
import org.extramile.throttle.FailureLimit;
import org.extramile.throttle.ThrottleKey;

/**
 * Slows password guessing down, for the login form and HTTP Basic alike: too many failures for one username lock
 * that username, too many from one address lock that address (a higher limit: offices share addresses). A locked
 * login is refused without checking the password. A username that exists and one that does not are counted and
 * locked alike, so the lock never tells which accounts exist. Failures are logged (never the password), locks are
 * audited. The counts and locks are kept in the database ({@link FailureCounts}), so every node of a cluster counts
 * the same failures and refuses the same locked logins.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    @ConfigProperty(name = "extramile.security.login.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "extramile.security.login.address-failures", defaultValue = "50")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "extramile.security.login.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "extramile.security.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    FailureCounts failures;

    @Inject
    AuditLog audit;

    private FailureLimit perAccount;
    private FailureLimit perAddress;

    @PostConstruct
    void start() {
        Duration window = Duration.ofMinutes(windowMinutes);
        Duration lockout = Duration.ofMinutes(lockoutMinutes);
        perAccount = new FailureLimit(accountFailures, window, lockout);
        perAddress = new FailureLimit(addressFailures, window, lockout);
    }

    /** How long a login of this username from this address stays refused; zero when it may be tried. */
    public Duration lockedFor(String username, String address) {
        return failures.lockedFor(ThrottleKey.loginAccount(username), ThrottleKey.loginAddress(address));
    }

    /** Counts a failed login; the lock it starts, zero if none (also when another node started it). */
    public Duration failed(String username, String address) {
        String shown = printable(username);
        LOG.info(() -> "Failed login for username '" + shown + "' from " + address);
        ThrottleKey accountKey = ThrottleKey.loginAccount(username);
        ThrottleKey addressKey = ThrottleKey.loginAddress(address);
        Duration account = failures.failed(accountKey, perAccount);
        Duration fromAddress = failures.failed(addressKey, perAddress);
        if (!account.isZero()) {
            locked(shown, address, accountKey.scope(), account);
        }
        if (!fromAddress.isZero()) {
            locked(shown, address, addressKey.scope(), fromAddress);
        }
        return longest(account, fromAddress);
    }

    /** A successful login forgets its account's failures (not its address's: one good account must not reset those). */
    public void succeeded(String username) {
        failures.succeeded(ThrottleKey.loginAccount(username));
    }

    private void locked(String username, String address, ThrottleKey.Scope scope, Duration lock) {
        LOG.warning(() -> "Logins locked for " + lock.toMinutes() + " minutes by " + scope.column()
                + " after failures: username '" + username + "', address " + address);
        audit.record(
                username,
                AuditAction.LOGIN_LOCKOUT,
                Map.of("scope", scope.column(), "address", address, "seconds", lock.toSeconds()),
                0);
    }

    private static Duration longest(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    /** What a caller typed goes to the log without line breaks (forged log lines) and within a sane length. */
    private static String printable(String username) {
        String clean = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 63) + "…" : clean;
    }
}
