package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TentativeTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I might be able to run to the shop outside",
                "I could maybe see about calling round later",
                "Perhaps I can ring them for you",
                "I'll see if I can get away in a bit",
                "I'll grab you one if I get a chance",
                "I'll see if someone can make you another one",
                "Let me ask my manager if I can pop out for one",
                "I guess I could call our other branch",
                "I'll get someone to make you a new one when they get a chance",
                "Yes, I'll try to squeeze it in"
            })
    void shouldHearAHedgeInTheClause(String clause) {
        assertThat(Tentative.hedge(segmenter.segment(clause), 0))
                .hasValueSatisfying(
                        hedge -> assertThat(hedge.leftToTheCustomer()).isFalse());
    }

    /** Put off until the rush is over, in its sentence or in the next one that qualifies it: no "right now". */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "I'll remake it once the rush is over.",
                "I'll make you a fresh one when it calms down a bit.",
                "I'll remake it right now. Well, once the queue dies down, maybe twenty minutes."
            })
    void shouldHearAnOfferPutOffUntilTheRushIsOver(String answer) {
        assertThat(Tentative.hedge(segmenter.segment(answer), 0))
                .hasValueSatisfying(
                        hedge -> assertThat(hedge.leftToTheCustomer()).isFalse());
    }

    @Test
    void shouldLeaveAnOfferFirmWhenTheNextSentenceOnlySaysHowLong() {
        assertThat(Tentative.hedge(segmenter.segment("I'll remake it right now. It'll be two minutes."), 0))
                .isEmpty();
        assertThat(Tentative.hedge(
                        segmenter.segment("I'll remake it right now. Once it's ready I'll bring it over."), 0))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "you could ring Market Street they might have it",
                "Our Market Street shop might have it, probably worth popping in on your way",
                "The shop by the gate sells it if you fancy a walk after dinner",
                "Sorry, none left. Maybe try the other store down the road?",
                "We're out, sorry. Try our other branch",
                "All gone here, but just pop next door",
                "I'll call our other branch if you really want"
            })
    void shouldHearAnOfferLeftToTheCustomer(String answer) {
        List<Segment> clauses = segmenter.segment(answer);

        assertThat(Tentative.hedge(clauses, clauses.size() - 1))
                .hasValueSatisfying(
                        hedge -> assertThat(hedge.leftToTheCustomer()).isTrue());
    }

    /** Only that somewhere else may have it, or has it, and nothing the speaker will do: she is to go and see. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The other branch might have it, it's only ten minutes away",
                "Our Market Street shop might still have it though",
                "They may well have one over there",
                "Honestly the convenience store by the gate sells loads of it to guests.",
                "Sure, they do sell it over there."
            })
    void shouldHearThatSomewhereElseMayHaveItAsLeftToTheCustomer(String clause) {
        assertThat(Tentative.hedge(segmenter.segment(clause), 0))
                .hasValueSatisfying(
                        hedge -> assertThat(hedge.leftToTheCustomer()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I'll pop out and buy one for you now",
                "You've got maybe four minutes before it's done",
                "I'll ring Market Street and see if they've got one",
                "I can't promise when it's back",
                "If you like you can have the big jar for the same price",
                "Can I get you a lemonade while you wait?",
                "Try the big jar instead, it's on me",
                "I'll try the other store for you now",
                "Let me ring them, they might have one",
                "I'll check whether Market Street might have one",
                "If you want, I can ring them right now"
            })
    void shouldLeaveAFirmOfferAlone(String clause) {
        assertThat(Tentative.hedge(segmenter.segment(clause), 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The Market Street store often has the gift sets. I'll call them this second.",
                "The shop by the gate sells it, let me run over.",
                "We don't stock it, sorry."
            })
    void shouldLeaveWhereItIsSoldAloneWhenTheSpeakerActsOnIt(String answer) {
        assertThat(Tentative.hedge(segmenter.segment(answer), 0)).isEmpty();
    }

    @Test
    void shouldReadAWithheldPromiseAcrossItsSentenceOnly() {
        List<Segment> clauses =
                segmenter.segment("I'll look out for a Diet Coke later, no promises. I'll bring water now.");

        assertThat(clauses.get(0).sentence())
                .isNotEqualTo(clauses.get(clauses.size() - 1).sentence());
        assertThat(Tentative.hedge(clauses, 0)).contains(new Hedge("no promises", false));
        assertThat(Tentative.hedge(clauses, clauses.size() - 1)).isEmpty();
    }

    @Test
    void shouldQuoteTheHedgeAsWritten() {
        assertThat(Tentative.hedge(segmenter.segment("Maybe I can run over for it"), 0))
                .contains(new Hedge("Maybe I", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'll ring Market Street now, they might have one", "Perhaps the bar has some left"})
    void shouldHearOnlyTheSpeakersOwnActionHedged(String clause) {
        assertThat(Tentative.hedge(segmenter.segment(clause), 0)).isEmpty();
    }
}
