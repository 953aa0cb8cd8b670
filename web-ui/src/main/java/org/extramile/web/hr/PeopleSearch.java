package org.extramile.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.extramile.certification.ProgramProgress;
import org.extramile.certification.ProgressView;
import org.extramile.mail.MailSettings;
import org.extramile.people.BranchView;
import org.extramile.people.Branches;
import org.extramile.people.BulkInvitation;
import org.extramile.people.Invitation;
import org.extramile.people.InvitationRunView;
import org.extramile.people.InvitationRuns;
import org.extramile.people.InvitationStatus;
import org.extramile.people.MailedInvitation;
import org.extramile.people.PasswordState;
import org.extramile.people.People;
import org.extramile.people.PersonView;
import org.extramile.people.RetentionJob;
import org.extramile.people.Role;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Page;
import org.extramile.shared.PageRequest;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Formats;
import org.extramile.web.shared.Texts;

/**
 * The people list: found by words, branch and status from the page's address (so a search can be
 * bookmarked), a page at a time, each with a button that issues a one-time password shown once.
 */
@Named
@ViewScoped
public class PeopleSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    @Inject
    People people;

    @Inject
    ProgramProgress progress;

    @Inject
    Branches branches;

    @Inject
    MailSettings mail;

    @Inject
    Formats formats;

    @Inject
    InvitationRuns invitationRuns;

    @Inject
    RetentionJob retention;

    private String q;
    private String branch;
    private String status;
    private Integer page;
    private Page<PersonView> found;
    private List<BranchView> branchList;
    private Invitation invitation;
    private Map<String, List<ProgressView>> training = Map.of();
    private String invited;
    private Long withoutPassword;
    private String invitations;
    private InvitationRunView mailing;
    private boolean following;

    /** Employee numbers named in the message about people without an address; the rest are counted. */
    private static final int NAMED = 20;

    public void load() {
        reportMailing();
        try {
            found = people.search(q, branch, active(), erased(), PageRequest.of(page, PAGE_SIZE));
        } catch (RuntimeException refused) {
            // A hand-edited address (a negative page): show the first page and say why.
            Failures.report(refused);
            page = 0;
            found = people.search(q, branch, active(), erased(), PageRequest.of(0, PAGE_SIZE));
        }
        training = new HashMap<>(progress.of(getPeople().stream()
                .filter(person -> person.roles().contains(Role.TRAINEE) && !person.erased())
                .map(PersonView::username)
                .toList()));
    }

    /** A trainee's way to each program's certificate, for the page's training column; nothing for staff. */
    public List<ProgressView> training(PersonView person) {
        return training.getOrDefault(person.username(), List.of());
    }

    /** Whether the person at the page may correct this person's record (HR: not staff accounts). */
    public boolean changeable(PersonView person) {
        return person.employeeNumber() != null && Staff.actor().mayChange(person.roles());
    }

    /** Whether a program's deadline applies to the person: HR may extend it on their deadlines page. */
    public boolean hasDeadline(PersonView person) {
        return training(person).stream().anyMatch(way -> way.dueBy() != null);
    }

    /** When the organisation's retention period erases the person, if it does: null otherwise. */
    public Instant erasureDue(PersonView person) {
        return retention.erasureDue(person).orElse(null);
    }

    /** Whether the person's one-time password expired unused: HR issues a new one. */
    public boolean oneTimePasswordExpired(PersonView person) {
        return person.passwordState(Instant.now()) == PasswordState.ONE_TIME_EXPIRED;
    }

    /** Whether a link to choose a password can be mailed to the person: mail is set up and they have an address. */
    public boolean mailable(PersonView person) {
        return mail.enabled() && person.email() != null && !person.email().isBlank() && person.active();
    }

    /** Mails the person a link to choose their password, and says to whom and until when it works. */
    public void mailInvitation(PersonView person) {
        try {
            MailedInvitation mailed = people.mailInvitation(person.employeeNumber(), Staff.actor());
            invitation = null;
            Failures.info(Texts.text(
                    "hr.people.mailed", person.name(), mailed.mailedTo(), formats.dateTime(mailed.expires())));
            load();
        } catch (RuntimeException refused) {
            if (!Staff.reportRefusal(refused)) {
                throw refused;
            }
        }
    }

    /** How many people cannot log in yet, where links can be mailed to them all at once; else 0. */
    public long getWithoutPassword() {
        if (withoutPassword == null) {
            withoutPassword = mail.enabled() ? people.withoutPassword() : 0;
        }
        return withoutPassword;
    }

    /**
     * Starts mailing a link to everyone who cannot log in yet, in the background: the page follows the run in its
     * address (a large roster takes a minute, longer than a proxy waits for one request). While one this person
     * started runs, a second click follows it.
     */
    public String mailEveryoneWithoutPassword() {
        try {
            return "/hr/people?faces-redirect=true&invitations="
                    + invitationRuns.start(Staff.actor()).id();
        } catch (RuntimeException refused) {
            if (!Staff.reportRefusal(refused)) {
                throw refused;
            }
            return null;
        }
    }

    /**
     * The bulk invitation in the page's address if it ran when the page loaded (then the page follows it, and says
     * how it ended once reloaded: asked again, a job ending in between would show neither); null otherwise.
     */
    public InvitationRunView getMailing() {
        return following ? mailing : null;
    }

    public String getInvitations() {
        return invitations;
    }

    public void setInvitations(String invitations) {
        this.invitations = invitations;
    }

    /** Says how the bulk invitation in the page's address ended: how many were mailed, who has no address, or why not. */
    private void reportMailing() {
        if (invitations == null) {
            return;
        }
        mailing = run(invitations);
        InvitationStatus status = mailing == null ? null : mailing.status();
        following = status == InvitationStatus.RUNNING;
        if (mailing == null) {
            Failures.error(Texts.text("hr.people.bulk.gone"));
        } else if (status == InvitationStatus.FAILED) {
            Failures.error(Texts.text(
                    "hr.people.bulk.failed",
                    mailing.failure() == null ? Texts.text("hr.people.bulk.unexpected") : mailing.failure()));
        } else if (status == InvitationStatus.INTERRUPTED) {
            Failures.error(Texts.text(
                    "hr.people.bulk.interrupted",
                    mailing.progress().done(),
                    mailing.progress().total()));
        } else if (status == InvitationStatus.DONE) {
            BulkInvitation done = mailing.result();
            Failures.info(Texts.text("hr.people.bulk.mailed", done.mailed(), done.linkStillWorks()));
            if (!done.withoutEmail().isEmpty()) {
                List<String> named = done.withoutEmail();
                Failures.error(Texts.text(
                        "hr.people.bulk.withoutEmail",
                        named.size(),
                        String.join(", ", named.subList(0, Math.min(named.size(), NAMED)))
                                + (named.size() > NAMED ? ", …" : "")));
            }
        }
    }

    /** The bulk invitation of that id; null for one that is not there (or an address that names none). */
    private InvitationRunView run(String id) {
        try {
            return invitationRuns.find(UUID.fromString(id));
        } catch (IllegalArgumentException | NotFoundException unknown) {
            return null;
        }
    }

    /** Issues a one-time password; it is shown on this page until the next action, and never again. */
    public void invite(PersonView person) {
        try {
            invitation = people.invite(person.employeeNumber(), Staff.actor());
            invited = person.name();
            load();
        } catch (RuntimeException refused) {
            invitation = null;
            if (!Staff.reportRefusal(refused)) {
                throw refused;
            }
        }
    }

    public List<BranchView> getBranches() {
        if (branchList == null) {
            branchList = branches.list();
        }
        return branchList;
    }

    public List<PersonView> getPeople() {
        return found == null ? List.of() : found.items();
    }

    public long getTotal() {
        return found == null ? 0 : found.total();
    }

    /** "21–40 of 57", in the page's language. */
    public String getShowing() {
        if (found == null || found.total() == 0) {
            return "";
        }
        return Texts.text("hr.people.showing", found.from(), found.to(), found.total());
    }

    public int getCurrentPage() {
        return found == null ? 0 : found.page();
    }

    public boolean isHasPrevious() {
        return found != null && found.hasPrevious();
    }

    public boolean isHasNext() {
        return found != null && found.hasNext();
    }

    public String roles(PersonView person) {
        return person.roles().stream()
                .sorted()
                .map(role -> Texts.text("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getInvited() {
        return invited;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    private Boolean active() {
        return switch (String.valueOf(status)) {
            case "active" -> Boolean.TRUE;
            case "inactive", "erased" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** "Inactive" lists those who left and whose data is still kept: the ones HR may yet have to erase. */
    private Boolean erased() {
        return switch (String.valueOf(status)) {
            case "inactive" -> Boolean.FALSE;
            case "erased" -> Boolean.TRUE;
            default -> null;
        };
    }
}
