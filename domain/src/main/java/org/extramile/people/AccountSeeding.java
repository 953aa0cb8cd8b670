package org.extramile.people;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.shared.ApplicationStarted;
import org.extramile.shared.DemoMode;

/**
 * At start-up: in demo mode, the four demo accounts (password {@code demo}), two branches, the
 * trainee's HR profile, and a banner that says so; otherwise the first administrator, whose password must come from configuration.
 */
@ApplicationScoped
public class AccountSeeding {

    private static final Logger LOG = Logger.getLogger(AccountSeeding.class.getName());
    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_BRANCH = "CITY";
    private static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("trainee", "Sam Taylor", Role.TRAINEE),
            new DemoAccount("trainer", "Alex Morgan", Role.TRAINER),
            new DemoAccount("hr", "Robin Hayes", Role.HR),
            new DemoAccount("admin", "Jordan Lee", Role.ADMIN));

    private record DemoAccount(String username, String name, Role role) {}

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    Branches branches;

    @Inject
    DemoMode demoMode;

    @Inject
    @ConfigProperty(name = "extramile.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "extramile.admin.password")
    Optional<String> adminPassword;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) ApplicationStarted started) {
        if (demoMode.isOn()) {
            seedDemoAccounts();
        } else {
            seedFirstAdmin();
        }
    }

    private void seedDemoAccounts() {
        if (DEMO_ACCOUNTS.stream()
                .anyMatch(demo -> accounts.find(demo.username()).isEmpty())) {
            // One hash serves the four, whose password is public anyway: each hash is a second of a start.
            String hash = hashing.hash(DEMO_PASSWORD.toCharArray());
            DEMO_ACCOUNTS.forEach(
                    demo -> accounts.createHashedIfAbsent(demo.username(), demo.name(), hash, EnumSet.of(demo.role())));
        }
        branches.addIfAbsent(DEMO_BRANCH, "City Centre");
        branches.addIfAbsent("HARBOUR", "Harbour Road");
        accounts.profileIfAbsent("trainee", "T-0001", "sam.taylor@example.com", DEMO_BRANCH, LocalDate.of(2026, 1, 5));
        LOG.warning(() -> String.join(
                "\n",
                "",
                "************************************************************************",
                "*  EXTRAMILE IS RUNNING IN DEMO MODE                                    *",
                "*  Anyone can log in as trainee, trainer, hr or admin, password 'demo'.  *",
                "*  Never use demo mode with real people's data.                          *",
                "*  Point EXTRAMILE_DB_URL at PostgreSQL (or set EXTRAMILE_DEMO=false).  *",
                "************************************************************************"));
    }

    private void seedFirstAdmin() {
        if (accounts.anyWithRole(Role.ADMIN)) {
            return;
        }
        String password = adminPassword
                .filter(p -> p.length() >= 12)
                .orElseThrow(() -> new IllegalStateException(
                        "ExtraMile has no administrator yet and demo mode is off: set EXTRAMILE_ADMIN_PASSWORD"
                                + " (at least 12 characters) for the first administrator, '" + adminUsername
                                + "'. There is no default password."));
        PasswordStrength.refusal(password, adminUsername).ifPresent(why -> {
            throw new IllegalStateException("EXTRAMILE_ADMIN_PASSWORD, the first administrator's password: " + why);
        });
        accounts.createIfAbsent(adminUsername, "Administrator", password.toCharArray(), EnumSet.of(Role.ADMIN));
        LOG.info(() -> "Created the first administrator, '" + adminUsername + "'.");
    }
}
