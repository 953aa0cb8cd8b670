package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @Test
    void shouldCutSentencesWithOffsetsIntoTheAnswer() {
        String answer = "So sorry, Mrs. Patel! I'll check the back.\nBack in a minute";

        List<Segment> segments = segmenter.segment(answer);

        assertThat(segments)
                .extracting(Segment::text)
                .containsExactly("So sorry, Mrs. Patel!", "I'll check the back.", "Back in a minute");
        assertThat(segments).allSatisfy(s -> assertThat(answer.substring(s.start(), s.end()))
                .isEqualTo(s.text()));
    }

    /** Chat-style answers end sentences with an emoji or a smiley; a capital after one starts the next. */
    @Test
    void shouldEndASentenceAtAnEmojiOrASmileyBeforeACapital() {
        List<Segment> segments = segmenter.segment(
                "Nope, not taking a cent \uD83D\uDE04 Enjoy the tacos! Morning :) Usual? I \u2764\uFE0F it");

        assertThat(segments)
                .extracting(Segment::text)
                .containsExactly(
                        "Nope, not taking a cent \uD83D\uDE04",
                        "Enjoy the tacos!",
                        "Morning",
                        "Usual?",
                        "I \u2764\uFE0F it");
        assertThat(segments).extracting(Segment::sentence).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void shouldCutBeforeAContrastSoAWithdrawalStandsApart() {
        List<Segment> segments = segmenter.segment("I could go to the shop, but I'm too busy.");

        assertThat(segments).extracting(Segment::text).containsExactly("I could go to the shop", "but I'm too busy.");
        assertThat(segments.get(1).opener()).isEqualTo("but");
    }

    /** A "though" that ends its clause looks back on it: what follows is no concession. */
    @Test
    void shouldLeaveAnAfterthoughtThoughWithTheClauseItEnds() {
        List<Segment> segments = segmenter.segment(
                "I'm not going to leave you without it though — there's a store nearby and I'll fetch one now.");

        assertThat(segments)
                .extracting(Segment::text, Segment::opener)
                .containsExactly(
                        tuple("I'm not going to leave you without it though", ""),
                        tuple("there's a store nearby and I'll fetch one now.", ""));
        assertThat(segmenter.segment("We're out of it though, sorry. Not yet."))
                .extracting(Segment::text)
                .containsExactly("We're out of it though, sorry.", "Not yet.");
        assertThat(segmenter.segment("I'll grab one, though it might take a while."))
                .extracting(Segment::opener)
                .containsExactly("", "though");
    }

    @Test
    void shouldKeepATinyPieceApartFromTheContrastThatTurnsAgainstIt() {
        assertThat(segmenter.segment("Sorry, but you must have picked up the wrong cup."))
                .extracting(Segment::text)
                .containsExactly("Sorry", "but you must have picked up the wrong cup.");
    }

    @Test
    void shouldCutAtCommasOnlyWhenASentenceHoldsANegator() {
        assertThat(segmenter.segment("I can't believe we ran out, let me check the back."))
                .extracting(Segment::text)
                .containsExactly("I can't believe we ran out", "let me check the back.");
        assertThat(segmenter.segment("Sure, let me check the back for you."))
                .extracting(Segment::text)
                .containsExactly("Sure, let me check the back for you.");
    }

    @Test
    void shouldKeepTheStretchAClauseWasCutFromAtCommas() {
        assertThat(segmenter.segment("Free latte, no charge, our mistake - so sorry about that."))
                .extracting(Segment::text, Segment::stretch)
                .containsExactly(
                        tuple("Free latte", "Free latte, no charge, our mistake"),
                        tuple("no charge", "Free latte, no charge, our mistake"),
                        tuple("our mistake", "Free latte, no charge, our mistake"),
                        tuple("so sorry about that.", "so sorry about that."));
    }

    @Test
    void shouldFindNothingInAnAnswerWithoutWords() {
        assertThat(segmenter.segment(" \uD83D\uDE00 ... !!")).isEmpty();
    }
}
