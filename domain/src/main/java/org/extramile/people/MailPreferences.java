package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.extramile.mail.MailSettings;
import org.extramile.shared.ConflictException;
import org.extramile.shared.NotFoundException;

/**
 * Each person's own choice of the mails one may do without: a trainer who reviews every morning anyway needs no
 * digest, a trainee may rather rely on the notice on their pages than on a reminder by mail.
 */
@ApplicationScoped
public class MailPreferences {

    @Inject
    AccountRepository accounts;

    @Inject
    MailSettings mail;

    @Transactional
    public MailChoicesView of(String username) {
        return account(username).mailChoices(mail.enabled());
    }

    /** Records the choice unless the person changed it elsewhere since they saw it (another tab): a conflict. */
    @Transactional
    public MailChoicesView choose(
            String username, @NotNull(message = "Your choices are required.") @Valid MailChoices choices) {
        if (!accounts.chooseMail(username, choices)) {
            account(username);
            throw new ConflictException("Your mail choices were changed elsewhere since you saw them (version "
                    + choices.version() + "): load them again (GET /api/me/mail) and choose again.");
        }
        return account(username).mailChoices(mail.enabled());
    }

    private Account account(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no account '" + username + "'."));
    }
}
