package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegationTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();
    private final Segmenter segmenter = new Segmenter(analyzer);

    @Test
    void shouldFindTheNegatorOfAClause() {
        assertThat(Negation.negatorOf(analyzer.analyze("I can't sort this out for you")))
                .isPresent();
        assertThat(Negation.negatorOf(analyzer.analyze("Let me sort this out for you")))
                .isEmpty();
    }

    @Test
    void shouldReadANegatorThatEndsItsClause() {
        assertThat(Negation.negatorOf(analyzer.analyze("Sorry, I can't"))).isPresent();
        assertThat(Negation.negatorOf(analyzer.analyze("we really don't"))).isPresent();
        assertThat(Negation.negatorOf(analyzer.analyze("the bigger jar, or not")))
                .as("a question's tag")
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("fancy the bigger one or no")))
                .isEmpty();
    }

    @Test
    void shouldReadNotLeavingHerWithoutItAsAPromise() {
        assertThat(Negation.negatorOf(analyzer.analyze("I'm not going to leave you without it")))
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("I won't let you go without your Diet Coke")))
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("I can't leave without asking my manager")))
                .as("a refusal")
                .isPresent();
    }

    @Test
    void shouldNegateAMatchMadeOfTheWordThatMakesANegatorAnOffer() {
        var tokens = analyzer.analyze("you won't have to pay again");
        int pay = tokens.size() - 2;

        assertThat(Negation.negatorOf(tokens)).as("the clause offers").isEmpty();
        assertThat(Negation.negatorOfMatch(tokens, 0, tokens.size() - 1))
                .as("'you'll have to pay again' is negated")
                .isPresent();
        assertThat(Negation.negatorOfMatch(tokens, pay + 1, pay + 1))
                .as("'again' alone")
                .isEmpty();
    }

    /** What there is "no need" to do is the match itself, negated: "no need to pay again" is no demand to pay. */
    @Test
    void shouldNegateAMatchThereIsNoNeedFor() {
        for (String clause : new String[] {"no need to pay again", "you don't need to pay again"}) {
            var tokens = analyzer.analyze(clause);
            int pay = tokens.size() - 2;

            assertThat(Negation.negatorOfMatch(tokens, pay, pay + 1)).as(clause).isPresent();
        }
        var worry = analyzer.analyze("no need to worry, I'll pay for it again");
        assertThat(Negation.negatorOf(worry)).as("a worry waved away").isEmpty();
    }

    @Test
    void shouldReadPositiveIdiomsAsPositive() {
        assertThat(Negation.negatorOf(analyzer.analyze("No problem, I'll get it")))
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("you won't have to pay for it")))
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("don't worry, I'll sort it")))
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("why don't I ring the other branch")))
                .isEmpty();
    }

    /** What the customer is spared is no refusal: the offer before it stands. */
    @Test
    void shouldReadWhatTheCustomerIsSparedAsPositive() {
        assertThat(Negation.negatorOf(analyzer.analyze("I'll give you the large jar so you don't have to come back")))
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("you won't have to queue again")))
                .isEmpty();
        assertThat(Negation.negatorOf(analyzer.analyze("we don't have to stock it")))
                .as("the speaker's own")
                .isPresent();
        assertThat(Negation.negatorOf(analyzer.analyze("you don't have the receipt")))
                .isPresent();
    }

    @Test
    void shouldReadBeingContentWithTheDayAsNoRefusal() {
        assertThat(Negation.refuses(
                        segmenter.segment("Bit hectic but can't grumble").get(1)))
                .isFalse();
        assertThat(Negation.refuses(
                        segmenter.segment("Busy, but can't complain").get(1)))
                .isFalse();
    }

    @Test
    void shouldTellARefusalFromAHedge() {
        assertThat(Negation.refuses(
                        segmenter.segment("I'd go, but I'm too busy").get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("I'd go, but we're not allowed to leave the floor")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("It's lovely to see you, but I really don't have time to chat")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("Lovely to see you, but I haven't got time today")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("I'd remake it, but we're slammed right now")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("I'd ring our other shop for you but the phone's for staff only, sorry")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("I'd go to the shop for you but I've got too many tables")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("Bit hectic but nothing a chat with you can't fix")
                        .get(1)))
                .as("two negators affirm")
                .isFalse();
        assertThat(Negation.refuses(segmenter
                        .segment("We're out, but I'll ring the other branch")
                        .get(1)))
                .isFalse();
    }

    /** Short of hands withdraws an offer as "too busy" does, and "not really able" refuses as "not able" does. */
    @Test
    void shouldReadShortHandsAndASoftenedNotAsRefusals() {
        assertThat(Negation.refuses(segmenter
                        .segment("I could run to the shop for one, but we're really short today")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(
                        segmenter.segment("I'd go, but we're short-handed").get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("I'd love to, but I'm not really able to leave the bar")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("We don't stock it, but the shop's a short walk away and I'll grab you one")
                        .get(1)))
                .isFalse();
    }

    /** "Don't go anywhere" and "don't leave it too late" tell her what to do: no refusal of the speaker's. */
    @Test
    void shouldNotReadAnImperativeAsARefusal() {
        assertThat(Negation.refuses(segmenter
                        .segment("I'll grab it, but don't go anywhere!")
                        .get(1)))
                .isFalse();
        assertThat(Negation.refuses(segmenter
                        .segment("They have it, but just don't leave it too late")
                        .get(1)))
                .isFalse();
        assertThat(Negation.refuses(segmenter
                        .segment("I'd go, but the managers don't allow it")
                        .get(1)))
                .isTrue();
        assertThat(Negation.refuses(segmenter
                        .segment("I'd go, but we do not leave the bar in service")
                        .get(1)))
                .isTrue();
    }

    @Test
    void shouldTellACounterfactualFromAPoliteCondition() {
        assertThat(Negation.counterfactual(analyzer.analyze("If we had it I would get it for you")))
                .isTrue();
        assertThat(Negation.counterfactual(analyzer.analyze("I wish I could help")))
                .isTrue();
        assertThat(Negation.counterfactual(analyzer.analyze("If you'd like, I can call them now")))
                .isFalse();
        assertThat(Negation.counterfactual(analyzer.analyze("If you can wait a minute I'll fetch it")))
                .isFalse();
        assertThat(Negation.counterfactual(analyzer.analyze("I would have got you one")))
                .isTrue();
        assertThat(Negation.counterfactual(
                        analyzer.analyze("Take the big jar and just pay the $6.99 you'd have paid for the small one")))
                .isFalse();
    }

    @Test
    void shouldWithdrawAHedgedOfferOnlyWhenItsContrastDeniesSomething() {
        var offer = segmenter.segment("I could call them now, though they're slow to pick up");
        var denied = segmenter.segment("I could call them now, but I don't think they'll answer");

        assertThat(Negation.hedges(offer.get(0).tokens(), offer.get(1))).isFalse();
        assertThat(Negation.hedges(denied.get(0).tokens(), denied.get(1))).isTrue();
    }

    @Test
    void shouldWithdrawTheSpeakersConditionalOfferWhateverItsContrastSays() {
        var phone = segmenter.segment("I'd call our other branch but the phone's been playing up all week");
        var asked = segmenter.segment("Would you like me to call them, but quickly?");
        var promise = segmenter.segment("I'll call our other branch, but it may take a minute");

        assertThat(Negation.hedges(phone.get(0).tokens(), phone.get(1))).isTrue();
        assertThat(Negation.hedges(asked.get(0).tokens(), asked.get(1))).isFalse();
        assertThat(Negation.hedges(promise.get(0).tokens(), promise.get(1))).isFalse();
    }

    @Test
    void shouldFindAContrastThatHandsTheErrandBackToTheCustomer() {
        assertThat(Negation.sendsHerOff(segmenter
                        .segment("but honestly it's quicker if you just go")
                        .get(0)))
                .isTrue();
        assertThat(Negation.sendsHerOff(
                        segmenter.segment("but you'd be better off asking them").get(0)))
                .isTrue();
        assertThat(Negation.sendsHerOff(segmenter
                        .segment("but you'll have to collect it yourself")
                        .get(0)))
                .isTrue();
        assertThat(Negation.sendsHerOff(
                        segmenter.segment("but save yourself the trip").get(0)))
                .isFalse();
        assertThat(Negation.sendsHerOff(segmenter
                        .segment("but sit yourself down and I'll be quicker than you think")
                        .get(0)))
                .isFalse();
    }

    @Test
    void shouldFindARefusalByARuleOrAPermission() {
        assertThat(Negation.forbids(segmenter
                        .segment("we're not allowed to leave the floor")
                        .get(0)))
                .isTrue();
        assertThat(Negation.forbids(
                        segmenter.segment("company policy says I can't do that").get(0)))
                .isTrue();
        assertThat(Negation.forbids(segmenter
                        .segment("our policy is that the guest comes first")
                        .get(0)))
                .isFalse();
        assertThat(Negation.forbids(segmenter.segment("we're out of it today").get(0)))
                .isFalse();
    }
}
