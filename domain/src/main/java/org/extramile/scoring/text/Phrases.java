package org.extramile.scoring.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of phrases looked for in a clause's own words, lower-cased with typographic apostrophes made plain; a phrase
 * a negator stands just before is waved away, not said ("no need to leave a tip", "you won't have to pay again").
 */
final class Phrases {

    private static final Pattern WAVED_AWAY = Pattern.compile(
            "(?:\\bno need to|\\bdon'?t|\\bdo not|\\bnever|\\bwithout|\\bnot|n't)\\s+(?:\\w+\\s+){0,4}$");

    private final List<Pattern> patterns;

    Phrases(String... regexes) {
        this.patterns = java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    boolean saidIn(Segment clause) {
        String text =
                clause.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        return patterns.stream().anyMatch(p -> {
            Matcher m = p.matcher(text);
            return m.find() && !WAVED_AWAY.matcher(text.substring(0, m.start())).find();
        });
    }
}
