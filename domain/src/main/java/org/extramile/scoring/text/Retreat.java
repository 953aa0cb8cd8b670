package org.extramile.scoring.text;

/**
 * Whether a clause goes along with the customer's retreat from what she was offered: "water it is, then", "if you're
 * sure", "fair enough", "I won't bother then". The rubrics call backing down so not shown, however kindly it is put
 * ("No worries, water it is then!").
 */
public final class Retreat {

    private static final Phrases PHRASES = new Phrases(
            "\\b(?!if\\b)\\w+ it is,? then\\b",
            // "Okay, water it is."
            "^(?:(?:ok(?:ay)?|alright|right|sure),? )?(?!(?:how|what|as|that|this|where|if)\\b)\\w+ it is\\W*$",
            "\\bif you(?:'re| are) (?:sure|certain)\\b",
            "\\bif you(?:'d| would) (?:rather|prefer)\\b",
            "\\bif you insist\\b",
            "\\bfair enough\\b",
            "\\bsuit yourself\\b",
            "\\b(?:it's )?your call\\b",
            "\\b(?:i|we) won'?t bother\\b",
            "\\bless work for me\\b",
            // "I'll bring you a water then", "some water instead": her retreat taken up; water "while you wait" is
            // offered beside the errand, not in its place.
            "\\bwater,? (?:then|instead)\\W*$",
            "\\bi'?ll (?:just )?leave it(?:,? then)?\\W*$");

    private Retreat() {}

    public static boolean goesAlong(Segment clause) {
        return PHRASES.saidIn(clause);
    }
}
