package org.extramile.scoring.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a clause makes a favour into a debt: "you'll owe me one", a fee or a tip asked for the trouble, a grumble
 * about the effort. Said after a "but", it takes back the ease just offered ("It's fine, but you'll owe me one"): the
 * rubrics call such a favour not shown, however kind its first words.
 */
public final class Debt {

    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("\\byou(?:'ll| will|'d| would)? (?:so |totally |definitely )?owe me\\b"),
            Pattern.compile("\\bfor (?:my|the) (?:trouble|legwork|effort|bother)\\b"),
            Pattern.compile("\\b(?:delivery|service|call-?out|errand|running) (?:fee|charge)\\b"),
            Pattern.compile("\\btips? (?:are|is) (?:always )?(?:appreciated|welcome)\\b"),
            Pattern.compile("\\b(?:leave|give) (?:me )?a (?:good |big |nice |decent |little )?tip\\b"),
            Pattern.compile("\\b(?:don'?t|do not) forget (?:the|my|a) tip\\b"),
            Pattern.compile("\\ba little something (?:for|extra)\\b"),
            Pattern.compile("\\btook me (?:ages|forever)\\b"),
            // "what a pain", "what a nightmare", "what a hassle" share her letdown: only grumbles about the errand
            // count
            Pattern.compile("\\b(?:a bit of a|such a|what a|a real) (?:trek|faff|mission)\\b"),
            Pattern.compile("\\b(?:a bit of a|such a|a real) hassle\\b"));

    private Debt() {}

    public static boolean owed(Segment clause) {
        String text =
                clause.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        return PHRASES.stream().anyMatch(p -> p.matcher(text).find());
    }
}
