package org.extramile.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.extramile.attempt.review.RescoreView;
import org.extramile.attempt.review.Rescoring;
import org.extramile.shared.AlreadyRunningException;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The rubric page's rescoring: how many completed attempts the latest published version would score again, a start
 * with a reason for the audit, the rescore going on with its progress, and the scenario's rescores, latest first.
 */
@Named
@ViewScoped
public class RescorePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rescoring rescoring;

    private String slug;
    private Integer version;
    private long pending;
    private List<RescoreView> rescores = List.of();
    private String reason;

    /** The scenario's rescores, and what a rescore with its latest published version (null: none yet) would do. */
    void show(String slug, Integer version) {
        this.slug = slug;
        this.version = version;
        this.pending = version == null ? 0 : rescoring.pending(slug, version);
        List<RescoreView> latestFirst = new ArrayList<>(rescoring.history(slug));
        Collections.reverse(latestFirst);
        this.rescores = List.copyOf(latestFirst);
    }

    public String start() {
        try {
            rescoring.start(slug, version, reason, Pages.caller());
            Failures.info(Texts.text("rescore.started", version));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/trainer/rubric?faces-redirect=true&slug=" + slug;
        } catch (AlreadyRunningException busy) {
            Failures.error(Texts.text("rescore.busy"));
        } catch (ConflictException | NotFoundException changedMeanwhile) {
            // The version lost a step attempts played, or the scenario went: the domain's sentence says which.
            Failures.error(changedMeanwhile.getMessage());
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
        show(slug, version);
        return null;
    }

    public RescoreView getRunning() {
        return rescores.stream().filter(RescoreView::running).findFirst().orElse(null);
    }

    public Integer getVersion() {
        return version;
    }

    public long getPending() {
        return pending;
    }

    public List<RescoreView> getRescores() {
        return rescores;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
