package org.extramile.web.hr;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.extramile.mail.MailTexts;
import org.extramile.people.BranchView;
import org.extramile.people.Branches;
import org.extramile.people.People;
import org.extramile.people.PersonChange;
import org.extramile.people.PersonErasure;
import org.extramile.people.PersonView;
import org.extramile.people.RetentionJob;
import org.extramile.people.Role;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.FieldMessages;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * HR correcting one person's record (a new surname, email, branch or hire date; they left or came back), from the
 * version the page loaded: a change someone else saved meanwhile is refused, said so, and offered to load again.
 * Reached from the people page.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "/name", "record:name",
            "/email", "record:email",
            "/branch", "record:branch",
            "/hireDate", "record:hireDate",
            "/language", "record:language");

    @Inject
    People people;

    @Inject
    Branches branches;

    @Inject
    PersonErasure erasure;

    @Inject
    RetentionJob retention;

    /** The person's username, from the address. */
    private String person;

    /** The record as last loaded or saved: its version is the one a save changes. */
    private PersonView seen;

    private List<BranchView> branchList;

    private String name;
    private String email;
    private String branch;
    private LocalDate hireDate;
    private String language;
    private boolean left;

    /** The employee number typed to confirm an erasure. */
    private String confirmation;

    /** Whether the last save met someone else's change: the page offers to load the record again. */
    private boolean stale;

    public void load() {
        seen = person == null ? null : people.find(person).orElse(null);
        if (seen == null || seen.employeeNumber() == null) {
            seen = null;
            Failures.error(Texts.text("hr.person.unknown"));
            Pages.answerWith(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!Staff.actor().mayChange(seen.roles())) {
            seen = null;
            Failures.error(Texts.text("hr.person.staff"));
            Pages.answerWith(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        fill(seen);
    }

    public void save() {
        stale = false;
        try {
            PersonView saved = people.revise(
                    seen.employeeNumber(),
                    new PersonChange(name, email, branch, hireDate, language, !left, seen.version()),
                    Staff.actor());
            boolean changed = saved.version() != seen.version();
            seen = saved;
            fill(saved);
            Failures.info(Texts.text(changed ? "hr.person.saved" : "hr.person.unchanged", saved.name()));
        } catch (RuntimeException refused) {
            if (Staff.reportRefusal(refused)) {
                stale = Failures.find(refused, ConflictException.class).isPresent();
            } else {
                FieldMessages.report(refused, FIELDS);
            }
        }
    }

    /**
     * Erases the person, once HR typed their employee number: the people page then says what was erased. Nothing is
     * left to show here, as the person is known only by their pseudonym from now on.
     */
    public String erase() {
        if (confirmation == null || !confirmation.strip().equals(seen.employeeNumber())) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "erase-form:confirmation",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    Texts.text("hr.person.erase.mistyped", seen.employeeNumber()),
                                    null));
            return null;
        }
        try {
            PersonErasure.Erasure erased = erasure.erase(seen.employeeNumber(), Staff.actor());
            Failures.info(Texts.text(
                    "hr.person.erased",
                    seen.name(),
                    erased.username(),
                    erased.erased().getOrDefault("answers", 0L),
                    erased.erased().getOrDefault("certificates", 0L)));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/hr/people?faces-redirect=true";
        } catch (RuntimeException refused) {
            Staff.reportRefusal(refused);
            return null;
        }
    }

    private void fill(PersonView view) {
        name = view.name();
        email = view.email();
        branch = view.branch();
        hireDate = view.hireDate();
        language = view.language();
        left = !view.active();
    }

    /** Only a trainee's personal data can be erased: staff's names stand in the records they signed. */
    public boolean isOnlyTrainee() {
        return seen != null && seen.roles().equals(Set.of(Role.TRAINEE));
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isTrainee() {
        return seen != null && seen.roles().contains(Role.TRAINEE);
    }

    public List<BranchView> getBranches() {
        if (branchList == null) {
            branchList = branches.list();
        }
        return branchList;
    }

    public List<String> getLanguages() {
        return MailTexts.LANGUAGES;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    /** When the organisation's retention period erases the person, if it does: null otherwise. */
    public Instant getErasureDue() {
        return seen == null ? null : retention.erasureDue(seen).orElse(null);
    }

    public PersonView getSeen() {
        return seen;
    }

    public boolean isStale() {
        return stale;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getLanguage() {
        return language;
    }

    /** Empty: keep theirs (the installation's, if they never had one). */
    public void setLanguage(String language) {
        this.language = language == null || language.isBlank() ? null : language;
    }

    public boolean isLeft() {
        return left;
    }

    public void setLeft(boolean left) {
        this.left = left;
    }
}
