package org.extramile.scoring.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a clause goes along with the customer's retreat from what she was offered: "water it is, then", "if you're
 * sure", "fair enough", "I won't bother then". The rubrics call backing down so not shown, however kindly it is put
 * ("No worries, water it is then!").
 */
public final class Retreat {

    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("\\b(?!if\\b)\\w+ it is,? then\\b"),
            // "Okay, water it is."
            Pattern.compile(
                    "^(?:(?:ok(?:ay)?|alright|right|sure),? )?(?!(?:how|what|as|that|this|where|if)\\b)\\w+ it is\\W*$"),
            Pattern.compile("\\bif you(?:'re| are) (?:sure|certain)\\b"),
            Pattern.compile("\\bif you(?:'d| would) (?:rather|prefer)\\b"),
            Pattern.compile("\\bif you insist\\b"),
            Pattern.compile("\\bfair enough\\b"),
            Pattern.compile("\\bsuit yourself\\b"),
            Pattern.compile("\\b(?:it's )?your call\\b"),
            Pattern.compile("\\b(?:i|we) won'?t bother\\b"),
            Pattern.compile("\\bless work for me\\b"));

    private Retreat() {}

    public static boolean goesAlong(Segment clause) {
        String text =
                clause.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        return PHRASES.stream().anyMatch(p -> p.matcher(text).find());
    }
}
