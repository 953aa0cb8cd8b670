package org.extramile.web.hr;

import org.extramile.people.BulkInvitation;

/** Mailing a link to choose a password to everyone who cannot log in yet: people looked at of how many, then what it did. */
public final class InvitationJob extends HrJob {

    private static final long serialVersionUID = 1L;

    private volatile BulkInvitation result;

    InvitationJob(String id) {
        super(id, Stage.MAILING);
    }

    void finish(BulkInvitation result) {
        this.result = result;
        finish();
    }

    public BulkInvitation getResult() {
        return result;
    }
}
