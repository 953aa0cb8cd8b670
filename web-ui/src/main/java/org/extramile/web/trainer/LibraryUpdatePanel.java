package org.extramile.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.extramile.scenario.library.LibraryUpdate;
import org.extramile.scenario.library.LibraryUpdates;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The library's newer edition of a scenario, on the scenario's page: what it would change, loaded after a
 * confirmation (it replaces the draft) or declined. The page is loaded again after either, so that its forms show
 * what is stored.
 */
@Named
@ViewScoped
public class LibraryUpdatePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryUpdates library;

    private String slug;
    private LibraryUpdate update;
    private boolean confirming;

    public void load() {
        update = slug == null ? null : library.pending(slug).orElse(null);
    }

    public void askToLoad() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public String loadEdition() {
        try {
            library.load(slug, update.scenarioVersion(), update.rubricVersion(), Pages.caller());
            return again(Texts.text("library.update.loaded"));
        } catch (ConflictException stale) {
            confirming = false;
            load();
            Failures.error(Texts.text("library.update.stale"));
            return null;
        } catch (RuntimeException refused) {
            Failures.report(refused);
            return null;
        }
    }

    public String keepOwn() {
        try {
            library.keep(slug);
            return again(Texts.text("library.update.kept"));
        } catch (RuntimeException refused) {
            load();
            Failures.report(refused);
            return null;
        }
    }

    private String again(String message) {
        Failures.info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/trainer/scenario?faces-redirect=true&slug=" + slug;
    }

    public LibraryUpdate getUpdate() {
        return update;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
