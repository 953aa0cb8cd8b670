package org.extramile.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One transaction's worth of a bulk invitation: the next {@link #SIZE} people on the roster who cannot log in yet,
 * each mailed a link to choose a password unless one of theirs still works.
 */
@ApplicationScoped
public class InvitationBatch {

    static final int SIZE = 200;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    People people;

    /** What a batch did, and the account it ended on: the next starts after it. */
    record Done(Long lastId, int looked, int mailed, int stillWorking, List<String> withoutEmail) {}

    @Transactional
    Done mail(Actor actor, Long afterId, Instant expires) {
        List<Account> batch = accounts.withoutPassword(afterId, SIZE);
        int mailed = 0;
        int stillWorking = 0;
        List<String> withoutEmail = new ArrayList<>();
        for (Account account : batch) {
            Optional<String> address = account.email();
            if (!actor.mayChange(account)) {
                continue;
            } else if (address.isEmpty()) {
                withoutEmail.add(account.employeeNumber().orElseThrow());
            } else if (passwordLinks.anyWorking(account)) {
                stillWorking++;
            } else {
                people.mailLink(account, address.get(), expires);
                mailed++;
            }
        }
        Long last = batch.isEmpty() ? afterId : batch.get(batch.size() - 1).id();
        return new Done(last, batch.size(), mailed, stillWorking, withoutEmail);
    }
}
