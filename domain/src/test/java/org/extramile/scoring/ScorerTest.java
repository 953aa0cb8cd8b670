package org.extramile.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.extramile.scoring.evidence.EvidenceKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Scorer SCORER = new Scorer();
    private static final ScoringRubric DRINK = RubricFixtures.missingDrink();
    private static final ScoringRubric JAR = RubricFixtures.freeUpgrade();

    @Nested
    class TheStoriesLines {

        @Test
        void shouldPassTheEmployeeWhoGaveTheBiggerJarForFree() {
            String answer =
                    "Yeah... that's too bad... I've tried ordering that item three times in the past week, and our "
                            + "warehouse has been out every time. But since we don't have it, I'll give you Product B for free.";

            ScoreCard card = SCORER.score(JAR, "shelf", answer);

            assertThat(card.passed()).isTrue();
            assertThat(card.points()).isEqualTo(card.maxPoints());
        }

        @Test
        void shouldFailTheByTheBookOfferToOrderForPickupLater() {
            ScoreCard card = SCORER.score(JAR, "shelf", "I'm sorry, we're out. I can order it for pickup later.");

            assertThat(card.passed()).isFalse();
            assertThat(card.criticalFailures()).containsExactly("upgrade");
        }

        @Test
        void shouldFailTheWaiterWhoSaidWeDontHaveCokeProducts() {
            ScoreCard card = SCORER.score(DRINK, "order", "We don't have Coke products.");

            assertThat(card.passed()).isFalse();
            assertThat(card.points()).isZero();
            assertThat(penalty(card, "deflect").met()).isTrue();
        }

        @Test
        void shouldPenaliseThatIsNotHowWeDoItHere() {
            ScoreCard card = SCORER.score(DRINK, "order", "No, that's not how we do it here.");

            assertThat(card.passed()).isFalse();
            assertThat(penalty(card, "deflect").met()).isTrue();
            assertThat(penalty(card, "deflect").evidence())
                    .extracting(Evidence::quote)
                    .contains("No, that's not how we do it here.");
        }

        @Test
        void shouldPassTheWaiterWhoWentToTheConvenienceStoreInOtherWords() {
            ScoreCard card = SCORER.score(
                    DRINK,
                    "order",
                    "Oh no, I'm so sorry! Give me two minutes, I'll nip over to the corner shop and grab you an ice-cold Diet Coke.");

            assertThat(card.passed()).isTrue();
            assertThat(card.points()).isEqualTo(card.maxPoints());
            assertThat(card.penalties()).noneMatch(CriterionScore::met);
        }
    }

    @Nested
    class MatchesThatPromiseNothing {

        @Test
        void shouldIgnoreAnOfferNegatedByCant() {
            ScoreCard card = SCORER.score(DRINK, "order", "I'm sorry, I can't pop out and buy one for you.");

            CriterionScore get = criterion(card, "get-the-drink");
            assertThat(get.met()).isFalse();
            assertThat(get.nearMisses()).extracting(NearMiss::reason).contains("ignored: negated by 'can't'");
            assertThat(get.nearMisses())
                    .extracting(NearMiss::dismissal)
                    .contains(new Dismissal(Dismissal.Cause.NEGATED, "can't"));
        }

        @Test
        void shouldKeepAnApologyAddedAfterANegatedClause() {
            ScoreCard card = SCORER.score(DRINK, "order", "We don't carry Coke products, sorry.");

            CriterionScore acknowledge = criterion(card, "acknowledge");
            assertThat(acknowledge.met()).isTrue();
            assertThat(acknowledge.evidence()).extracting(Evidence::phrase).contains("sorry");
            assertThat(acknowledge.nearMisses())
                    .as("the indicator is not taken for negated")
                    .noneMatch(m -> m.kind() == EvidenceKind.INDICATOR);
        }

        @Test
        void shouldIgnoreAnOfferWithdrawnByAButRefusal() {
            ScoreCard card =
                    SCORER.score(DRINK, "order", "I could pop out and buy one for you, but I'm too busy tonight.");

            CriterionScore get = criterion(card, "get-the-drink");
            assertThat(get.met()).isFalse();
            assertThat(get.nearMisses())
                    .extracting(NearMiss::reason)
                    .anyMatch(r -> r.startsWith("ignored: withdrawn by 'but I'm too busy"));
            assertThat(get.nearMisses())
                    .extracting(NearMiss::dismissal)
                    .anyMatch(d ->
                            d.cause() == Dismissal.Cause.WITHDRAWN && d.cue().startsWith("but I'm too busy"));
        }

        @Test
        void shouldIgnoreAConditionalThatPromisesNothing() {
            ScoreCard card = SCORER.score(DRINK, "order", "If we had it I would get you one.");

            CriterionScore get = criterion(card, "get-the-drink");
            assertThat(get.met()).isFalse();
            assertThat(get.nearMisses())
                    .extracting(NearMiss::reason)
                    .contains("ignored: a conditional that promises nothing");
        }

        @Test
        void shouldTakeAGreetingByNameForWordsNotAKeywordList() {
            ScoreCard greeting = SCORER.score(DRINK, "order", "Apologies Mrs Okafor!");
            ScoreCard keywords = SCORER.score(DRINK, "order", "Convenience store Diet Coke grab!");

            assertThat(criterion(greeting, "acknowledge").met()).isTrue();
            assertThat(criterion(keywords, "get-the-drink").nearMisses())
                    .extracting(NearMiss::reason)
                    .contains("ignored: a list of keywords that promises nothing");
        }

        @Test
        void shouldTakeATerseApologyForWordsNotAKeywordList() {
            CriterionScore acknowledge = criterion(SCORER.score(DRINK, "order", "Sorry, no Coke here."), "acknowledge");

            assertThat(acknowledge.met()).as(acknowledge.reason()).isTrue();
            assertThat(acknowledge.nearMisses())
                    .extracting(NearMiss::reason)
                    .doesNotContain("ignored: a list of keywords that promises nothing");
        }

        @Test
        void shouldIgnoreAListOfKeywordsBetweenCommas() {
            ScoreCard card = SCORER.score(DRINK, "order", "Diet Coke, the shop, buy one, back in five, sorry.");

            CriterionScore get = criterion(card, "get-the-drink");
            assertThat(get.met()).isFalse();
            assertThat(get.evidence()).isEmpty();
        }

        @Test
        void shouldTakeASentenceBeforeAListOfDetailsForWords() {
            ScoreCard said =
                    SCORER.score(DRINK, "order", "Right, I'm buying you one now, Diet Coke, the shop, back in five.");
            ScoreCard underWay =
                    SCORER.score(DRINK, "order", "Of course, buying one now, Diet Coke, the shop, back in five.");

            assertThat(criterion(said, "get-the-drink").met()).isTrue();
            assertThat(criterion(underWay, "get-the-drink").met()).isTrue();
        }

        @Test
        void shouldKeepAHedgedOfferWhoseContrastOnlyAddsADetail() {
            ScoreCard card =
                    SCORER.score(DRINK, "order", "I could pop out and buy one for you now, though it's a short walk.");

            assertThat(criterion(card, "get-the-drink").met()).isTrue();
        }

        @Test
        void shouldMeetAHedgedOfferOnlyInPart() {
            ScoreCard hedged = SCORER.score(DRINK, "order", "I might be able to pop out and buy one for you later.");
            ScoreCard firm = SCORER.score(DRINK, "order", "I'll pop out and buy one for you, back in five minutes.");

            assertThat(criterion(hedged, "get-the-drink").level()).isEqualTo("partly");
            assertThat(criterion(hedged, "get-the-drink").reason())
                    .endsWith("not the top level: 'I might' only holds out the hope of it");
            assertThat(criterion(firm, "get-the-drink").level()).isEqualTo("fully");
        }

        @Test
        void shouldKeepAnOfferThatFollowsANegatedClause() {
            ScoreCard card = SCORER.score(DRINK, "order", "We don't carry Coke, but I'll pop out and buy one for you.");

            assertThat(criterion(card, "get-the-drink").met()).isTrue();
        }

        @Test
        void shouldNotTakeASugarFreeDrinkForAFreeJar() {
            ScoreCard card = SCORER.score(JAR, "shelf", "Take the sugar-free one then.");

            assertThat(criterion(card, "upgrade").met()).isFalse();
        }

        @Test
        void shouldPenaliseAnOfferWithdrawnBehindARule() {
            ScoreCard card = SCORER.score(
                    DRINK, "order", "I'd pop out and buy one for you, but we're not allowed to leave the floor.");

            CriterionScore deflect = penalty(card, "deflect");
            assertThat(deflect.met()).isTrue();
            assertThat(deflect.evidence())
                    .anyMatch(e -> e.kind() == EvidenceKind.REFUSAL && e.quote().contains("not allowed"));
        }

        @Test
        void shouldNotTakeAPolicyThatPutsTheGuestFirstForDeflection() {
            ScoreCard card = SCORER.score(
                    DRINK, "order", "Our policy is that the guest comes first, so I'll pop out and buy one for you!");

            assertThat(penalty(card, "deflect").met()).isFalse();
            assertThat(criterion(card, "get-the-drink").met()).isTrue();
        }

        @Test
        void shouldIgnoreAnApologyWithdrawnByABlamingBut() {
            ScoreCard card = SCORER.score(DRINK, "order", "Sorry, but you should have ordered before the bar closed.");

            CriterionScore acknowledge = criterion(card, "acknowledge");
            assertThat(acknowledge.met()).isFalse();
            assertThat(acknowledge.nearMisses())
                    .anyMatch(n -> n.quote().equals("Sorry") && n.reason().contains("withdrawn"));
        }

        @Test
        void shouldNotTakeTheGuestsJobForMine() {
            ScoreCard reassures = SCORER.score(
                    DRINK, "order", "Don't go looking for one, that's not your job: I'll pop out and buy one for you.");
            ScoreCard deflects = SCORER.score(DRINK, "order", "Sorry, that's not really my job.");

            assertThat(penalty(reassures, "deflect").met()).isFalse();
            assertThat(penalty(deflects, "deflect").met()).isTrue();
        }
    }

    @Nested
    class Evidence_ {

        @Test
        void shouldQuoteEvidenceWithOffsetsIntoTheOriginalAnswer() {
            String answer = "Hi! \uD83D\uDE00 So sorry about that.   I\u2019ll pop out and buy one for you right now.";

            ScoreCard card = SCORER.score(DRINK, "order", answer);

            List<Evidence> all = new ArrayList<>();
            card.criteria().forEach(c -> all.addAll(c.evidence()));
            assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(answer.substring(e.start(), e.end()))
                    .isEqualTo(e.quote()));
        }

        @Test
        void shouldSayWhichIndicatorOrExemplarEachClauseMatched() {
            ScoreCard card = SCORER.score(DRINK, "order", "I'll pop out and buy one for you.");

            assertThat(criterion(card, "get-the-drink").evidence())
                    .extracting(Evidence::kind)
                    .contains(EvidenceKind.INDICATOR, EvidenceKind.EXEMPLAR);
            assertThat(criterion(card, "get-the-drink").evidence())
                    .extracting(Evidence::matched)
                    .contains("indicator 'buy one for you'");
            assertThat(criterion(card, "get-the-drink").evidence())
                    .filteredOn(e -> e.kind() == EvidenceKind.INDICATOR)
                    .extracting(Evidence::phrase)
                    .contains("buy one for you");
            assertThat(criterion(card, "get-the-drink").evidence())
                    .filteredOn(e -> e.kind() == EvidenceKind.EXEMPLAR)
                    .allSatisfy(e -> assertThat(e.matched()).isEqualTo("exemplar '" + e.phrase() + "'"));
        }

        @Test
        void shouldSayApartFromTheEnglishThatAnIndicatorWasFoundOnlyInPart() {
            ScoreCard card = SCORER.score(JAR, "shelf", "You can have the bigger jar.");

            assertThat(criterion(card, "upgrade").evidence())
                    .filteredOn(e -> e.kind() == EvidenceKind.INDICATOR)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.matched()).isEqualTo("indicator 'bigger jar for free' (in part)");
                        assertThat(e.phrase()).isEqualTo("bigger jar for free");
                        assertThat(e.partial()).isTrue();
                        assertThat(e.typo()).isFalse();
                    });
        }

        @Test
        void shouldSayApartFromTheEnglishThatAnIndicatorWasFoundAllowingATypo() {
            ScoreCard card = SCORER.score(DRINK, "order", "Sorrry, we're out.");

            assertThat(criterion(card, "acknowledge").evidence())
                    .filteredOn(e -> e.kind() == EvidenceKind.INDICATOR)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.matched()).isEqualTo("indicator 'sorry' (allowing a typo)");
                        assertThat(e.phrase()).isEqualTo("sorry");
                        assertThat(e.typo()).isTrue();
                        assertThat(e.partial()).isFalse();
                    });
        }

        @Test
        void shouldTellDisowningTheProblemFromARefusalApartFromTheEnglish() {
            ScoreCard blame = SCORER.score(DRINK, "order", "It's not my fault, the kitchen forgot.");
            ScoreCard rule = SCORER.score(
                    DRINK, "order", "I'd pop out and buy one for you, but we're not allowed to leave the floor.");

            assertThat(penalty(blame, "deflect").evidence())
                    .filteredOn(e -> e.kind() == EvidenceKind.REFUSAL)
                    .isNotEmpty()
                    .allSatisfy(e -> {
                        assertThat(e.refusal()).isEqualTo(Evidence.Refusal.DISOWNING);
                        assertThat(e.matched()).isEqualTo("disowning the problem: helplessness, not my job, or blame");
                    });
            assertThat(penalty(rule, "deflect").evidence())
                    .filteredOn(e -> e.kind() == EvidenceKind.REFUSAL)
                    .isNotEmpty()
                    .allSatisfy(e -> {
                        assertThat(e.refusal()).isEqualTo(Evidence.Refusal.REFUSING);
                        assertThat(e.matched()).isEqualTo("a refusal: a rule, or an offer withdrawn");
                    });
            assertThat(criterion(rule, "get-the-drink").evidence())
                    .allSatisfy(e -> assertThat(e.refusal()).isNull());
        }
    }

    @Nested
    class BadInput {

        @Test
        void shouldScoreAnEmptyAnswerZeroWithAReason() {
            ScoreCard card = SCORER.score(DRINK, "order", "   ");

            assertThat(card.points()).isZero();
            assertThat(card.passed()).isFalse();
            assertThat(card.notes()).contains("The answer is empty.");
            assertThat(card.criteria()).allSatisfy(c -> assertThat(c.reason()).contains("empty"));
        }

        @Test
        void shouldLeaveAnAnswerInAnotherLanguageToATrainerSayingWhy() {
            ScoreCard card = SCORER.score(
                    DRINK,
                    "order",
                    "Je suis désolé, il n'y a plus de Coca light. Je vais vous en chercher un au magasin.");

            assertThat(card.foreignLanguage()).isEqualTo("fr");
            assertThat(card.unread()).isTrue();
            assertThat(card.needsReview()).isTrue();
            assertThat(card.points()).isZero();
            assertThat(card.notes()).singleElement().asString().contains("French");
            assertThat(card.criteria()).hasSize(2).allSatisfy(c -> {
                assertThat(c.met()).isFalse();
                assertThat(c.needsReview()).isTrue();
                assertThat(c.reason())
                        .isEqualTo("not judged: the answer is written in French and the scorer reads English only");
            });
            assertThat(SCORER.score(DRINK, "order", "I'm so sorry, I'll pop out and buy one for you.")
                            .foreignLanguage())
                    .isNull();
        }

        @Test
        void shouldScoreTwentyThousandCharactersWithoutFailing() {
            String answer = "I'm so sorry, I'll pop out and buy one for you. "
                    .repeat(420)
                    .substring(0, 20_000);

            ScoreCard card = SCORER.score(DRINK, "order", answer);

            assertThat(card.passed()).isTrue();
            assertThat(card.notes()).anyMatch(n -> n.startsWith("Only the first"));
        }

        @Test
        void shouldScoreEmojiRightToLeftAndMixedScripts() {
            for (String answer : List.of(
                    "\uD83D\uDE4F\uD83D\uDE4F\uD83D\uDE4F",
                    "\u05E1\u05DC\u05D9\u05D7\u05D4, \u05D0\u05D9\u05DF \u05DC\u05E0\u05D5 \u05E7\u05D5\u05DC\u05D4",
                    "\u0622\u0633\u0641\u060C I'll get you one \u0627\u0644\u0622\u0646",
                    "\u3059\u307F\u307E\u305B\u3093 sorry \uD83D\uDE05 \u202Eevil\u202C")) {
                ScoreCard card = SCORER.score(DRINK, "order", answer);

                assertThat(card.criteria()).hasSize(2);
            }
        }

        @Test
        void shouldTreatHtmlAndScriptTagsAsPlainText() {
            ScoreCard card =
                    SCORER.score(DRINK, "order", "<script>alert('x')</script><b>We don't have Coke products.</b>");

            assertThat(card.passed()).isFalse();
        }

        @Test
        void shouldScoreWithARubricThatHasNoExemplars() {
            ScoringRubric bare = new ScoringRubric(
                    "bare@1",
                    List.of(new CriterionSpec(
                            "get",
                            "Gets it",
                            CriterionKind.CRITICAL,
                            List.of("order"),
                            RubricFixtures.THREE_LEVELS,
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of())));

            ScoreCard card = SCORER.score(bare, "order", "I'll pop out and buy one for you.");

            assertThat(card.criteria()).singleElement().satisfies(c -> assertThat(c.met())
                    .isFalse());
        }

        @Test
        void shouldAnswerAStepNoCriterionAppliesToWithANote() {
            ScoreCard card = SCORER.score(DRINK, "no-such-step", "Hello");

            assertThat(card.criteria()).isEmpty();
            assertThat(card.passed()).isFalse();
            assertThat(card.notes()).singleElement().asString().contains("no-such-step");
        }
    }

    static CriterionScore criterion(ScoreCard card, String key) {
        return card.criteria().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static CriterionScore penalty(ScoreCard card, String key) {
        return card.penalties().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
