package org.extramile.scoring.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause makes a favour into a debt: "you'll owe me one", a fee or a tip asked for the trouble, a grumble
 * about the effort. Said after a "but", it takes back the ease just offered ("It's fine, but you'll owe me one"): the
 * rubrics call such a favour not shown, however kind its first words.
 */
public final class Debt {

    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("\\byou(?:'ll| will|'d| would)? (?:so |totally |definitely )?owe me\\b"),
            Pattern.compile("\\bfor (?:my|the) (?:trouble|legwork|effort|bother|walk|time)\\b"),
            Pattern.compile("\\bcall it (?:a |an )?(?:fiver|tenner|five|ten)\\b"),
            Pattern.compile("\\b(?:delivery|service|call-?out|errand|running) (?:fee|charge)\\b"),
            Pattern.compile(
                    "\\btips? (?:are|is|would be|will be) (?:always |much |greatly )?(?:appreciated|welcome|nice)\\b"),
            Pattern.compile("\\b(?:wouldn'?t|would not) go amiss\\b"),
            Pattern.compile("\\b(?:leave|give) (?:me )?a (?:good |big |nice |decent |little )?tip\\b"),
            Pattern.compile("\\b(?:don'?t|do not) forget (?:the|my|a) tip\\b"),
            Pattern.compile("\\ba little something (?:for|extra)\\b"),
            Pattern.compile("\\btook me (?:ages|forever)\\b"),
            // the cost of the errand laid on her: sore feet, a missed break, a telling-off only just escaped
            Pattern.compile("\\bmy feet are killing me\\b"),
            Pattern.compile("\\bmiss(?:ed|ing)? my (?:break|lunch)\\b"),
            Pattern.compile("\\b(?:nearly|almost) got (?:me )?(?:in trouble|told off|fired|sacked)\\b"),
            Pattern.compile(
                    "\\bthe (?:queue|line) (?:\\w+ ){0,3}was (?:ridiculous|massive|insane|huge|a nightmare)\\b"),
            // "what a pain", "what a nightmare", "what a hassle" share her letdown: only grumbles about the errand
            // count
            Pattern.compile("\\b(?:a bit of a|such a|what a|a real) (?:trek|faff|mission)\\b"),
            Pattern.compile("\\b(?:a bit of a|such a|a real) hassle\\b"));

    private Debt() {}

    /** "No need to leave a tip", "it wasn't for my trouble": the debt waved away. */
    private static final Pattern WAVED_AWAY = Pattern.compile(
            "(?:\\bno need to|\\bdon'?t|\\bdo not|\\bnever|\\bwithout|\\bnot|n't)\\s+(?:\\w+\\s+){0,2}$");

    public static boolean owed(Segment clause) {
        String text =
                clause.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        return PHRASES.stream().anyMatch(p -> {
            Matcher m = p.matcher(text);
            return m.find() && !WAVED_AWAY.matcher(text.substring(0, m.start())).find();
        });
    }
}
