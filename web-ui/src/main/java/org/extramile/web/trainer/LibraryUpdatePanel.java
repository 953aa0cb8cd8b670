package org.extramile.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.extramile.scenario.library.LibraryParts;
import org.extramile.scenario.library.LibraryUpdate;
import org.extramile.scenario.library.LibraryUpdates;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The library's newer edition of a scenario, on the scenario's page: what it would change, each part ticked to be
 * loaded, loaded after a confirmation (it overwrites what it takes) or declined. The page is loaded again after either, so that its forms show
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
    private boolean texts;
    private boolean script;
    private boolean labelledAnswers;
    private final Map<String, Boolean> criteria = new HashMap<>();

    public void load() {
        update = slug == null ? null : library.pending(slug).orElse(null);
        if (update != null) {
            // Everything ticked: the trainer unticks what they keep as it is.
            LibraryParts all = LibraryParts.all(update);
            texts = all.texts();
            script = all.script();
            labelledAnswers = all.labelledAnswers();
            criteria.clear();
            all.criteria().forEach(key -> criteria.put(key, true));
        }
    }

    /** What is ticked. */
    private LibraryParts parts() {
        Set<String> taken = new TreeSet<>();
        criteria.forEach((key, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                taken.add(key);
            }
        });
        return new LibraryParts(texts, script, taken, labelledAnswers);
    }

    public void askToLoad() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    public String loadEdition() {
        try {
            library.load(slug, update.scenarioVersion(), update.rubricVersion(), parts(), Pages.caller());
            return again(Texts.text("library.update.loaded"));
        } catch (ConflictException stale) {
            confirming = false;
            load();
            Failures.error(Texts.text("library.update.stale"));
            return null;
        } catch (RuntimeException refused) {
            confirming = false;
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

    public boolean isTexts() {
        return texts;
    }

    public void setTexts(boolean texts) {
        this.texts = texts;
    }

    public boolean isScript() {
        return script;
    }

    public void setScript(boolean script) {
        this.script = script;
    }

    public boolean isLabelledAnswers() {
        return labelledAnswers;
    }

    public void setLabelledAnswers(boolean labelledAnswers) {
        this.labelledAnswers = labelledAnswers;
    }

    /** Whether each criterion change is ticked, by key. */
    public Map<String, Boolean> getCriteria() {
        return criteria;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
