package org.extramile.scoring.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.extramile.scoring.text.AnswerAnalyzer;
import org.extramile.scoring.text.Segment;
import org.extramile.scoring.text.Segmenter;
import org.junit.jupiter.api.Test;

class LexicalEvidenceTest {

    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer();
    private static final LexicalEvidence OFFER = LexicalEvidence.compile(
            ANALYZER,
            List.of("I'll get you a Diet Coke", "take a seat"),
            List.of(List.of("get", "grab", "fetch")),
            true);

    @Test
    void shouldTakeOneForTheThingAnOfferNames() {
        LexicalMatch match =
                best(OFFER, "I'll nip over and grab you one, it's no trouble.").orElseThrow();

        assertThat(match.describe()).isEqualTo("synonym 'grab' of indicator 'I'll get you a Diet Coke'");
        assertThat(match.strength()).isEqualTo(Strength.LIKELY);
        assertThat(best(OFFER, "Let me get you one.").orElseThrow().describe())
                .isEqualTo("synonym 'one' of indicator 'I'll get you a Diet Coke'");
    }

    @Test
    void shouldKeepTheOfferPersonAndTheIdiomsObject() {
        assertThat(best(OFFER, "You could get one at the shop yourself.")).isEmpty();
        assertThat(best(OFFER, "Take one.")).isEmpty();
        assertThat(best(
                        LexicalEvidence.compile(ANALYZER, List.of("get you a Diet Coke"), List.of(), false),
                        "get you one"))
                .as("penalties are matched strictly")
                .isEmpty();
    }

    /** "right now" without its small word is "right": not the "Right," that opens a sentence. */
    @Test
    void shouldNotTakeAnOpeningDiscourseMarkerForAPhraseReducedToOneWord() {
        LexicalEvidence remake = LexicalEvidence.compile(
                ANALYZER, List.of("right away"), List.of(List.of("right away", "right now")), true);

        assertThat(best(remake, "Right, that's Dan's.")).isEmpty();
        assertThat(best(remake, "I'll do it right now.")).isPresent();
        assertThat(best(remake, "Right now, I'll do it.")).isPresent();
    }

    /** "that's fair" without its small words is "fair": not the "to be fair" that brings in an excuse. */
    @Test
    void shouldNotTakeToBeFairForThatsFair() {
        LexicalEvidence fair = LexicalEvidence.compile(ANALYZER, List.of("that's fair"), List.of(), true);

        assertThat(best(fair, "To be fair the loaf always sells out early.")).isEmpty();
        assertThat(best(fair, "The loaf sells out, to be fair.")).isEmpty();
        assertThat(best(fair, "That's fair, and I'm sorry.")).isPresent();
    }

    /**
     * "out" of the synonym "find out" is no part of "check their stock" on its own ("out of stock" says the opposite),
     * and a phrase made with a synonym is found in part only where the trainer's own would be.
     */
    @Test
    void shouldKeepASynonymsWordsTogetherInAMatchInPart() {
        LexicalEvidence check = LexicalEvidence.compile(
                ANALYZER, List.of("check their stock"), List.of(List.of("check", "find out")), true);

        assertThat(best(check, "Sorry we're out of stock.")).isEmpty();
        assertThat(best(check, "Let me find out their stock levels.")
                        .orElseThrow()
                        .partial())
                .isFalse();
        assertThat(best(check, "Let me check for you."))
                .as("two words are found whole or not at all")
                .isEmpty();
        assertThat(best(check, "Let me find out for you."))
                .as("the synonym's two words count as the one they stand for")
                .isEmpty();
    }

    /**
     * A variant made with a synonym is found in part only with its synonym: without it, it is the trainer's own phrase
     * in part, which "Good morning and welcome!" is not (two of "good morning, Mrs Okafor"'s four words), though it is
     * two of the three of its variant "good morning, Grace".
     */
    @Test
    void shouldFindAVariantInPartOnlyWithItsSynonym() {
        LexicalEvidence greeting = LexicalEvidence.compile(
                ANALYZER, List.of("good morning, Mrs Okafor"), List.of(List.of("Mrs Okafor", "Grace")), true);

        assertThat(best(greeting, "Good morning and welcome!")).isEmpty();
        LexicalMatch named = best(greeting, "Morning Grace, lovely to see you!").orElseThrow();
        assertThat(named.partial()).isTrue();
        assertThat(named.pattern().kind()).isEqualTo(EvidenceKind.SYNONYM);
    }

    /** "We mixed it up" owns the mistake; "you must have mixed it up" lays it on her, though its words are the same. */
    @Test
    void shouldTellWhoDoesWhatAPhraseSaysByItsSubject() {
        LexicalEvidence owned = LexicalEvidence.compile(ANALYZER, List.of("we mixed it up"), List.of(), true);

        assertThat(best(owned, "Oh dear, we mixed it up!")).isPresent();
        assertThat(best(owned, "I'm afraid we got your order mixed up."))
                .as("a possessive is no subject")
                .isPresent();
        assertThat(best(owned, "You must have mixed it up with someone else's."))
                .isEmpty();
    }

    /** "Not my problem" disowns it; "not a problem at all" and "not your problem" say something else. */
    @Test
    void shouldFindANegatedPhraseOnlyWithItsOwner() {
        LexicalEvidence disowning = LexicalEvidence.compile(ANALYZER, List.of("not my problem"), List.of(), false);

        assertThat(best(disowning, "Not my problem, love.")).isPresent();
        assertThat(best(disowning, "That's not our problem.")).isPresent();
        assertThat(best(disowning, "Not a problem at all. Enjoy the tacos!")).isEmpty();
        assertThat(best(disowning, "That's not your problem, I'll sort it.")).isEmpty();
        assertThat(best(
                        LexicalEvidence.compile(ANALYZER, List.of("not how we do it here"), List.of(), false),
                        "Well, that's not really how it works here"))
                .as("a subject pronoun is no possessive")
                .isPresent();
    }

    /** A phrase's possessive says whose it is: "my mix-up" is not "you mixed it up", though both are "mix up". */
    @Test
    void shouldTellWhoseAPhraseIsByItsPossessive() {
        LexicalEvidence mine = LexicalEvidence.compile(ANALYZER, List.of("my mix-up"), List.of(), true);

        assertThat(best(mine, "Sorry, my mix-up entirely.")).isPresent();
        assertThat(best(mine, "I think you mixed it up with Dan's.")).isEmpty();
    }

    /** "Sorry about the mix-up" names a thing, not who did it: "we mixed it up" is found in it only in part. */
    @Test
    void shouldFindADoingOnlyInPartInAThingNamedByNobody() {
        LexicalEvidence owned = LexicalEvidence.compile(ANALYZER, List.of("we mixed it up"), List.of(), true);

        assertThat(best(owned, "Sorry about the mix-up!"))
                .hasValueSatisfying(m -> assertThat(m.partial()).isTrue());
        assertThat(best(owned, "Sorry, we mixed it up!"))
                .hasValueSatisfying(m -> assertThat(m.partial()).isFalse());
    }

    /** "On the house" keeps its small words to be specific; "on the" alone is no part of it ("on the app"). */
    @Test
    void shouldNotFindAPhraseInPartByItsSmallWordsAlone() {
        LexicalEvidence free = LexicalEvidence.compile(ANALYZER, List.of("on the house"), List.of(), true);

        assertThat(best(free, "Did you order at the till or on the app?")).isEmpty();
        assertThat(best(free, "It's on the house.").orElseThrow().partial()).isFalse();
        assertThat(best(free, "Your drink is the house treat.").orElseThrow().partial())
                .as("in part, by its word that says something")
                .isTrue();
    }

    private static Optional<LexicalMatch> best(LexicalEvidence evidence, String answer) {
        Segment first = new Segmenter(ANALYZER).segment(answer).get(0);
        return evidence.bestIn(first, answer);
    }
}
