package org.extramile.web.hr;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.extramile.mail.MailSettings;
import org.extramile.mail.MailTexts;
import org.extramile.people.Actor;
import org.extramile.people.Enrolment;
import org.extramile.people.NewPerson;
import org.extramile.people.People;
import org.extramile.people.Role;
import org.extramile.web.shared.FieldMessages;

/**
 * The enrolment form: one person, with the role HR may give; the domain's rules decide, and each
 * broken one shows beside its field. On success the one-time password is shown once, or, where mail is set up and
 * HR leaves it so, the person is mailed a link to choose their own.
 */
@Named
@ViewScoped
public class PersonEnrolment implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field of the form is, by the place the domain names in a broken rule. */
    private static final Map<String, String> FIELDS = Map.of(
            "/employeeNumber", "enrol:employeeNumber",
            "/name", "enrol:name",
            "/email", "enrol:email",
            "/branch", "enrol:branch",
            "/hireDate", "enrol:hireDate",
            "/roles", "enrol:role");

    @Inject
    People people;

    @Inject
    MailSettings mail;

    /** Whether the person is mailed a link to choose a password rather than shown a one-time password. */
    private Boolean byMail;

    private String employeeNumber;
    private String name;
    private String email;
    private String branch;
    private LocalDate hireDate;
    private Role role = Role.TRAINEE;

    /** The language of the person's mail; empty: the installation's. */
    private String language;

    private Enrolment enrolled;

    public void enrol() {
        enrolled = null;
        try {
            NewPerson person =
                    new NewPerson(employeeNumber, name, email, branch, hireDate, EnumSet.of(role), null, language);
            enrolled = isByMail() ? people.enrolByMail(person, Staff.actor()) : people.enrol(person, Staff.actor());
            employeeNumber = null;
            name = null;
            email = null;
            hireDate = null;
            role = Role.TRAINEE;
        } catch (RuntimeException refused) {
            if (!Staff.reportRefusal(refused)) {
                FieldMessages.report(refused, FIELDS);
            }
        }
    }

    /** The roles the person at the page may give: HR gives trainee and trainer, an administrator any. */
    public List<Role> getRoles() {
        Actor actor = Staff.actor();
        return Arrays.stream(Role.values())
                .filter(r -> actor.mayGrant(EnumSet.of(r)))
                .toList();
    }

    /** Where mail is set up, whether to mail the link; checked unless HR unchecks it. */
    public boolean isByMail() {
        if (byMail == null) {
            byMail = mail.enabled();
        }
        return byMail && mail.enabled();
    }

    public void setByMail(boolean byMail) {
        this.byMail = byMail;
    }

    public boolean isMailOffered() {
        return mail.enabled();
    }

    public List<String> getLanguages() {
        return MailTexts.LANGUAGES;
    }

    public Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null || language.isBlank() ? null : language;
    }

    public Enrolment getEnrolled() {
        return enrolled;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
