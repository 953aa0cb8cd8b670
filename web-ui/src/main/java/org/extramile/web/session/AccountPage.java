package org.extramile.web.session;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.extramile.people.AccountView;
import org.extramile.people.Accounts;
import org.extramile.people.MailChoices;
import org.extramile.people.MailChoicesView;
import org.extramile.people.MailPreferences;
import org.extramile.shared.ConflictException;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * A person's own account: who they are to ExtraMile (HR keeps those records), where their mail goes, and the mails
 * they may do without.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    MailPreferences preferences;

    private AccountView account;
    private MailChoicesView mail;
    private boolean reviewDigest;
    private boolean expiryReminders;
    private boolean deadlineReminders;
    private boolean lateDigest;

    public void load() {
        account = accounts.find(Pages.caller()).orElseThrow();
        show(preferences.of(Pages.caller()));
    }

    public void save() {
        try {
            show(preferences.choose(
                    Pages.caller(),
                    new MailChoices(
                            mail.reviewDigestOffered() ? reviewDigest : null,
                            mail.expiryRemindersOffered() ? expiryReminders : null,
                            mail.expiryRemindersOffered() ? deadlineReminders : null,
                            mail.lateDigestOffered() ? lateDigest : null,
                            mail.version())));
            Failures.info(Texts.text("account.mail.saved"));
        } catch (ConflictException stale) {
            show(preferences.of(Pages.caller()));
            Failures.error(Texts.text("account.mail.stale"));
        }
    }

    private void show(MailChoicesView choices) {
        mail = choices;
        reviewDigest = choices.reviewDigest();
        expiryReminders = choices.expiryReminders();
        deadlineReminders = choices.deadlineReminders();
        lateDigest = choices.lateDigest();
    }

    /** The language the person's mail speaks, named in itself; null: none recorded yet. */
    public Locale getMailLocale() {
        return mail.language() == null ? null : Locale.forLanguageTag(mail.language());
    }

    public AccountView getAccount() {
        return account;
    }

    public MailChoicesView getMail() {
        return mail;
    }

    public boolean isReviewDigest() {
        return reviewDigest;
    }

    public void setReviewDigest(boolean reviewDigest) {
        this.reviewDigest = reviewDigest;
    }

    public boolean isExpiryReminders() {
        return expiryReminders;
    }

    public void setExpiryReminders(boolean expiryReminders) {
        this.expiryReminders = expiryReminders;
    }

    public boolean isDeadlineReminders() {
        return deadlineReminders;
    }

    public void setDeadlineReminders(boolean deadlineReminders) {
        this.deadlineReminders = deadlineReminders;
    }

    public boolean isLateDigest() {
        return lateDigest;
    }

    public void setLateDigest(boolean lateDigest) {
        this.lateDigest = lateDigest;
    }

    /** Whether the person has any mail to choose about. */
    public boolean isAnyChoice() {
        return mail.reviewDigestOffered() || mail.expiryRemindersOffered() || mail.lateDigestOffered();
    }
}
