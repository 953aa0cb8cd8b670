package org.extramile.people;

import java.io.Serializable;
import java.util.List;

/**
 * What mailing everyone who cannot log in yet did: links mailed, people whose earlier link still works (left alone),
 * and the employee numbers of those without an email address, who need a one-time password handed over.
 */
public record BulkInvitation(int mailed, int linkStillWorks, List<String> withoutEmail) implements Serializable {

    public BulkInvitation {
        withoutEmail = List.copyOf(withoutEmail);
    }
}
