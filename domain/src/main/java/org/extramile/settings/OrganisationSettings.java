package org.extramile.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extramile.audit.AuditAction;
import org.extramile.audit.AuditLog;
import org.extramile.shared.ConflictException;

/**
 * The organisation settings an administrator edits: stored in the database, with configuration's value as the
 * default until someone saves. Changes are audited and announced ({@link OrganisationRenamed}).
 */
@ApplicationScoped
@Transactional
public class OrganisationSettings {

    static final String NAME = "organisation.name";
    public static final int MAX_NAME = 200;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<OrganisationRenamed> renamed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "extramile.organisation.name", defaultValue = "ExtraMile Training")
    String defaultName;

    public Organisation organisation() {
        return stored(LockModeType.NONE)
                .map(s -> new Organisation(s.value(), true, s.version(), s.updatedBy(), s.updatedAt()))
                .orElseGet(() -> new Organisation(defaultName, false, 0, null, null));
    }

    /** The name certificates and credentials give as their issuer. */
    public String name() {
        return organisation().name();
    }

    /**
     * Renames the organisation, if the administrator edited the version that is current (0 before the first save).
     * Programs whose issuer was the organisation's old name take the new one; issued certificates keep theirs.
     */
    public Organisation rename(
            @NotBlank(message = "The organisation's name is required: certificates name it as their issuer.")
                    @Size(max = MAX_NAME, message = "The organisation's name is at most 200 characters.")
                    String name,
            long expectedVersion,
            String by) {
        Setting setting = stored(LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> new Setting(NAME));
        if (setting.version() != expectedVersion) {
            throw new ConflictException("Someone saved the settings since you opened them (you edited version "
                    + expectedVersion + ", they are now at " + setting.version()
                    + "): reload them and apply your change again.");
        }
        String previous = name();
        String current = name.strip();
        if (current.equals(previous)) {
            return organisation();
        }
        setting.change(current, by, clock.instant());
        if (setting.version() == 1) {
            em.persist(setting);
        }
        em.flush();
        audit.record(by, AuditAction.SETTING_CHANGE, Map.of("setting", NAME, "from", previous, "to", current), 1);
        renamed.fire(new OrganisationRenamed(previous, current, by));
        return organisation();
    }

    private Optional<Setting> stored(LockModeType lock) {
        return Optional.ofNullable(em.find(Setting.class, NAME, lock));
    }
}
