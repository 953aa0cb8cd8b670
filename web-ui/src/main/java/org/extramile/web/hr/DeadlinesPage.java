package org.extramile.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.extramile.certification.DeadlineExtensions;
import org.extramile.certification.DeadlineView;
import org.extramile.certification.ExtensionRequest;
import org.extramile.people.AccountView;
import org.extramile.people.Accounts;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.FieldMessages;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * One trainee's program deadlines, and HR moving one later for them (sick leave, a late start) with a reason, or
 * taking the extension back. Reached from the people page and the dashboard's late list.
 */
@Named
@ViewScoped
public class DeadlinesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "/dueBy", "extend:dueBy",
            "/reason", "extend:reason");

    @Inject
    Accounts accounts;

    @Inject
    DeadlineExtensions extensions;

    /** The trainee's username, from the address. */
    private String person;

    private AccountView account;
    private List<DeadlineView> deadlines = List.of();

    private String program;
    private LocalDate dueBy;
    private String reason;

    public void load() {
        account = person == null ? null : accounts.find(person).orElse(null);
        if (account == null) {
            Failures.error(Texts.text("hr.deadlines.unknown"));
            Pages.answerWith(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show();
    }

    public void extend() {
        DeadlineView chosen = chosen();
        if (chosen == null) {
            return;
        }
        try {
            DeadlineView extended = extensions.extend(
                    person,
                    chosen.program(),
                    new ExtensionRequest(
                            dueBy,
                            reason,
                            chosen.extension() == null
                                    ? null
                                    : chosen.extension().version()),
                    Staff.actor().username());
            Failures.info(Texts.text("hr.deadlines.extended", extended.title()));
            dueBy = null;
            reason = null;
            show();
        } catch (RuntimeException refused) {
            if (Staff.reportRefusal(refused)) {
                show();
            } else {
                FieldMessages.report(refused, FIELDS);
            }
        }
    }

    public void withdraw(DeadlineView deadline) {
        try {
            extensions.withdraw(
                    person,
                    deadline.program(),
                    deadline.extension().version(),
                    Staff.actor().username());
            Failures.info(Texts.text("hr.deadlines.withdrawn", deadline.title()));
        } catch (RuntimeException refused) {
            if (!Staff.reportRefusal(refused)) {
                throw refused;
            }
        }
        show();
    }

    private void show() {
        try {
            deadlines = extensions.of(person);
        } catch (RuntimeException refused) {
            deadlines = List.of();
            if (!Staff.reportRefusal(refused)) {
                throw refused;
            }
        }
        if (program == null || deadlines.stream().noneMatch(d -> d.program().equals(program))) {
            program = deadlines.isEmpty() ? null : deadlines.get(0).program();
        }
    }

    /** The deadline the form extends, as last loaded (with the version the officer saw). */
    private DeadlineView chosen() {
        return deadlines.stream()
                .filter(d -> d.program().equals(program))
                .findFirst()
                .orElseGet(() -> {
                    Failures.error(Texts.text("hr.deadlines.gone"));
                    return null;
                });
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public AccountView getAccount() {
        return account;
    }

    public List<DeadlineView> getDeadlines() {
        return deadlines;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
