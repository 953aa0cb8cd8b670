package org.extramile.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.extramile.people.RetentionJob;
import org.extramile.settings.Installation;
import org.extramile.settings.InstallationFacts;
import org.extramile.settings.Organisation;
import org.extramile.settings.OrganisationSettings;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/** The organisation settings (editable, audited) and the effective configuration (read-only, with how to change it). */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationSettings settings;

    @Inject
    InstallationFacts facts;

    @Inject
    RetentionJob retention;

    private Organisation organisation;
    private Installation installation;
    private String name;

    public void load() {
        organisation = settings.organisation();
        name = organisation.name();
        installation = facts.installation();
    }

    public void save() {
        try {
            organisation = settings.rename(name, organisation.version(), Pages.caller());
            name = organisation.name();
            Failures.info(Texts.text("admin.settings.saved", organisation.name()));
        } catch (ConflictException stale) {
            Organisation current = settings.organisation();
            Failures.error(Texts.text("admin.settings.stale", current.updatedBy(), current.name()));
            organisation = current;
            name = current.name();
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Installation getInstallation() {
        return installation;
    }

    /** The organisation's retention period in days; null when none is set (only HR erases). */
    public Integer getRetentionDays() {
        return retention.days().orElse(null);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
