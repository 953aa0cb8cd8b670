package org.extramile.web.session;

import org.extramile.people.PasswordChange;
import org.extramile.people.PasswordEstimate;
import org.extramile.people.PasswordStrength;
import org.extramile.web.shared.Texts;

/**
 * What the meter beside a new password shows while it is typed: a {@code level} from 0 to 4, a word for it, and
 * what would make the password harder to guess. A password too short to be accepted never shows above "weak",
 * however unusual its characters.
 */
public record PasswordMeter(int level, String verdict, String advice) {

    private static final int WEAK = 1;

    /** The meter for {@code password} as typed so far; null before anything is typed. */
    static PasswordMeter of(String password, String... personal) {
        if (password == null || password.isEmpty() || password.length() > PasswordForm.MAX_LENGTH) {
            return null;
        }
        PasswordEstimate estimate = PasswordStrength.estimate(password, Texts.locale(), personal);
        if (password.length() < PasswordChange.MIN_LENGTH) {
            return new PasswordMeter(
                    Math.min(estimate.score(), WEAK),
                    Texts.text("password.meter.short"),
                    Texts.text("password.meter.count", password.length(), PasswordChange.MIN_LENGTH));
        }
        return new PasswordMeter(
                estimate.score(),
                Texts.text("password.meter." + estimate.score()),
                estimate.hardEnough() ? "" : estimate.advice());
    }
}
