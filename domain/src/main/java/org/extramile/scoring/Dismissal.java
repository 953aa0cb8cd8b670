package org.extramile.scoring;

import java.io.Serializable;

/**
 * Why a clause that looked like evidence did not count, apart from its English wording, so that a page can say it in
 * its reader's language: the cause, and the words that caused it (the negator, the clause that withdrew the offer),
 * empty when nothing in the answer is to blame.
 */
public record Dismissal(Cause cause, String cue) implements Serializable {

    public enum Cause {
        /** A negator governs the match: "I can't go to the shop". */
        NEGATED,
        /** The clause comes closer to a counter-example than to any exemplar. */
        OPPOSITE,
        /** A following "but" takes the offer back. */
        WITHDRAWN,
        /** A conditional that promises nothing: "if we had it I would". */
        CONDITIONAL,
        /** The clause is itself a refusal: "but we're slammed right now". */
        REFUSAL,
        /** Keywords with nothing that makes them an offer: "free upgrade bigger jar". */
        KEYWORDS,
        /** The trainee asks the customer for it ("What was your usual again?") rather than saying it. */
        ASKED,
        /** The clause says one of the rubric's counter-examples: what its author wrote down as not counting. */
        COUNTER_EXAMPLE,
        /** The clause is what a penalty of the rubric calls deflection: "did you maybe pick up the wrong one?". */
        DEFLECTION,
        /** An apology beside blame laid on somebody else: "Sorry, that was the other barista, not me.". */
        BLAME,
        /** Evidence, but too weak to meet the criterion. */
        TOO_WEAK
    }

    public Dismissal {
        cue = cue == null ? "" : cue;
    }

    static Dismissal of(Cause cause) {
        return new Dismissal(cause, "");
    }

    /** The reason as the API and the stored cards have always given it. */
    String english() {
        return switch (cause) {
            case NEGATED -> "ignored: negated by '" + cue + "'";
            case OPPOSITE -> "ignored: says the opposite of the exemplar";
            case WITHDRAWN -> "ignored: withdrawn by '" + cue + "'";
            case CONDITIONAL -> "ignored: a conditional that promises nothing";
            case REFUSAL -> "ignored: part of a refusal";
            case KEYWORDS -> "ignored: a list of keywords that promises nothing";
            case ASKED -> "ignored: asked for with '" + cue + "', not said";
            case COUNTER_EXAMPLE -> "ignored: reads as the counter-example '" + cue + "'";
            case DEFLECTION -> "ignored: part of a deflection";
            case BLAME -> "ignored: an apology taken back by '" + cue + "'";
            case TOO_WEAK -> "too weak on its own";
        };
    }
}
