package org.extramile.scoring.text;

/**
 * Whether a clause puts a condition on the customer for putting right what went wrong: show a receipt, pay again,
 * order again, go back in the line. The rubrics call a remake with conditions not shown ("I can remake it if you can
 * show me your receipt.").
 */
public final class Condition {

    private static final Phrases PHRASES = new Phrases(
            "\\b(?:have|show|got|kept|bring|find) (?:me )?(?:your|the|a) receipt\\b",
            "\\bpay (?:for (?:it|that|another) )?again\\b",
            "\\bpay for (?:a new|another|a fresh) one\\b",
            "\\b(?:can|could|may) i see (?:your|the) receipt\\b",
            "\\bi(?:'ll| will)? need (?:to see )?(?:your|the) receipt\\b",
            "\\bwait (?:in line )?like (?:everyone|everybody) else\\b",
            "\\b(?:order|buy) (?:it |one |another |that )?again\\b",
            "\\b(?:put|pop|write|add) your name (?:\\w+ ){0,3}again\\b",
            "\\bwait your turn\\b",
            "\\bback (?:in|into) (?:the )?(?:line|queue)\\b",
            "\\bjoin the (?:line|queue)\\b",
            // her in the queue, not the drink ("it'll go in the queue" is a remake made slowly)
            "\\byou(?:'ll| will)? (?:have to |need to |must )?(?:queue|get in line)\\b");

    private Condition() {}

    public static boolean imposed(Segment clause) {
        return PHRASES.saidIn(clause);
    }
}
