package org.extramile.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.extramile.mail.MailStatus;
import org.extramile.mail.Outbox;
import org.extramile.mail.OutboxView;
import org.extramile.mail.OutgoingMailView;
import org.extramile.mail.TestMail;
import org.extramile.mail.TestMailOutcome;
import org.extramile.people.Account;
import org.extramile.people.AccountRepository;
import org.extramile.shared.PageRequest;
import org.extramile.web.shared.Failures;
import org.extramile.web.shared.Pages;
import org.extramile.web.shared.Texts;

/**
 * The outbox: whether mail is on, a test mail that answers at once, and the mail of the last 90 days with how each
 * one's delivery went, so that "I never got the mail" has an answer.
 */
@Named
@ViewScoped
public class MailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    Outbox outbox;

    @Inject
    TestMail testMail;

    @Inject
    AccountRepository accounts;

    private String status;
    private String to;
    private String testAddress;
    private OutboxView view;

    public void load() {
        MailStatus chosen = MailStatus.ofParameter(status).orElse(null);
        status = chosen == null ? null : chosen.parameter();
        view = outbox.overview(chosen, to, new PageRequest(0, SHOWN));
        if (testAddress == null) {
            testAddress = accounts.findByUsername(Pages.caller())
                    .flatMap(Account::email)
                    .orElse("");
        }
    }

    public void sendTest() {
        try {
            TestMailOutcome outcome = testMail.send(testAddress, Pages.caller());
            if (outcome.accepted()) {
                Failures.info(Texts.text("admin.mail.test.accepted", outcome.to(), outcome.server()));
            } else {
                Failures.error(Texts.text("admin.mail.test.failed", outcome.to(), outcome.server(), outcome.error()));
            }
        } catch (RuntimeException refused) {
            Failures.report(refused);
        }
    }

    public List<String> getStatuses() {
        return Arrays.stream(MailStatus.values()).map(MailStatus::parameter).toList();
    }

    public OutboxView getView() {
        return view;
    }

    public List<OutgoingMailView> getMail() {
        return view.mail().items();
    }

    public boolean isMore() {
        return view.mail().total() > view.mail().items().size();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }
}
