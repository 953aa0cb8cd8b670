package org.extramile.web.shared;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.NearMiss;
import org.extramile.scoring.evidence.EvidenceKind;

/**
 * What a clause of an answer matched, and why a near miss did not count, in the language of the page: the scorer
 * words both in English for the API. Cards stored before the scorer kept the matched phrase and the dismissal apart
 * keep their English.
 */
public final class EvidenceWords {

    private final ResourceBundle texts;

    public EvidenceWords(ResourceBundle texts) {
        this.texts = texts;
    }

    /**
     * "indicator “pop out”", "l’exemple « … »", "indicator “sorry” (allowing a typo)"; a refusal by what it refused
     * with, or by its kind alone on cards stored before the scorer said.
     */
    public String matched(Evidence evidence) {
        if (evidence.kind() == EvidenceKind.REFUSAL) {
            return evidence.refusal() == null
                    ? texts.getString("evidence.REFUSAL")
                    : texts.getString("evidence.REFUSAL." + evidence.refusal());
        }
        if (evidence.phrase() == null) {
            return evidence.matched();
        }
        String words = format("evidence." + evidence.kind(), evidence.phrase());
        if (evidence.partial()) {
            words = format("evidence.partial", words);
        }
        return evidence.typo() ? format("evidence.typo", words) : words;
    }

    /** "ignored: negated by “can’t”", "ignoré : nié par « can’t »". */
    public String dismissed(NearMiss miss) {
        return miss.dismissal() == null
                ? miss.reason()
                : format(
                        "dismissal." + miss.dismissal().cause(),
                        miss.dismissal().cue());
    }

    private String format(String key, String argument) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(new Object[] {argument});
    }
}
