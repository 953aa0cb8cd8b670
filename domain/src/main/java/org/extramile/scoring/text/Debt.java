package org.extramile.scoring.text;

/**
 * Whether a clause makes a favour into a debt: "you'll owe me one", a fee or a tip asked for the trouble, a grumble
 * about the effort. Said after a "but", it takes back the ease just offered ("It's fine, but you'll owe me one"): the
 * rubrics call such a favour not shown, however kind its first words.
 */
public final class Debt {

    private static final Phrases PHRASES = new Phrases(
            "\\byou(?:'ll| will|'d| would)? (?:so |totally |definitely )?owe me\\b",
            "\\bfor (?:my|the) (?:trouble|legwork|effort|bother|walk|time)\\b",
            "\\bcall it (?:a |an )?(?:fiver|tenner|five|ten)\\b",
            "\\b(?:delivery|service|call-?out|errand|running) (?:fee|charge)\\b",
            "\\btips? (?:are|is|would be|will be) (?:always |much |greatly )?(?:appreciated|welcome|nice)\\b",
            "\\b(?:wouldn'?t|would not) go amiss\\b",
            "\\b(?:leave|give) (?:me )?a (?:good |big |nice |decent |little )?tip\\b",
            "\\b(?:don'?t|do not) forget (?:the|my|a) tip\\b",
            "\\ba little something (?:for|extra)\\b",
            "\\btook me (?:ages|forever)\\b",
            // the cost of the errand laid on her: sore feet, a missed break, a telling-off only just escaped
            "\\bmy feet are killing me\\b",
            "\\bmiss(?:ed|ing)? my (?:break|lunch)\\b",
            "\\b(?:nearly|almost) got (?:me )?(?:in trouble|told off|fired|sacked)\\b",
            "\\bthe (?:queue|line) (?:\\w+ ){0,3}was (?:ridiculous|massive|insane|huge|a nightmare)\\b",
            // "what a pain", "what a nightmare", "what a hassle" share her letdown: only grumbles about the errand
            // count
            "\\b(?:a bit of a|such a|what a|a real|a right|a fair) (?:trek|faff|mission|hike|schlep|walk)\\b",
            // a tip fished for: "just remember me when it comes to the tip", "maybe a bit extra?"
            "\\bremember me (?:\\w+ ){0,5}(?:tip|tipping)\\b",
            "\\b(?:maybe|perhaps|plus) a (?:bit|little) (?:extra|more)\\W*$",
            "\\b(?:i'?d|i would) (?:take|accept|not say no to|never say no to) a tip\\b",
            "\\b(?:a bit of a|such a|a real) hassle\\b");

    private Debt() {}

    public static boolean owed(Segment clause) {
        return PHRASES.saidIn(clause);
    }
}
