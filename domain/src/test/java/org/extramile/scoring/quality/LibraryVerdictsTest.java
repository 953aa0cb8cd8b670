package org.extramile.scoring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.extramile.scoring.Calibration;
import org.extramile.scoring.CriterionScore;
import org.extramile.scoring.Dismissal;
import org.extramile.scoring.Evidence;
import org.extramile.scoring.ScoreCard;
import org.extramile.scoring.Scorer;
import org.extramile.scoring.ScoringRubric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verdicts on the library's scenarios, calibrated as an installation is, that trainees met in use and were wrong. */
class LibraryVerdictsTest {

    private static final Scorer SCORER = new Scorer();

    /**
     * The story's own answer, in a trainee's words: the big jar for the small one's price, after saying honestly that
     * the warehouse has had none, which the rubric calls no deflection.
     */
    @Test
    void shouldGiveTheUpgradeAtTheSalePriceItsDueAndNoPenaltyForTheWarehouse() {
        ScoreCard card = card(
                "free-upgrade",
                "empty-shelf",
                "Sorry, we're completely out and there's none in the back either. I've tried to get more three times "
                        + "this week and the warehouse keeps coming up empty. But look, grab the big Coco Verde instead "
                        + "and I'll only charge you the $6.99.");

        CriterionScore upgrade = criterionOf(card, "bigger-jar-no-extra-cost");
        assertThat(upgrade.level()).as(upgrade.reason()).isEqualTo("fully");
        assertThat(card.penalties()).noneMatch(CriterionScore::met);
        assertThat(card.passed()).isTrue();
    }

    /**
     * An answer from another story (the lemon loaf of mixed-up-order) says nothing of the big jar, yet its "that's not
     * good enough" resembles a clause of labelled answers that gave it: in doubt, a resemblance alone does not pass the
     * step on its critical criterion; a trainer is asked.
     */
    @Test
    void shouldNotPassOnACriticalCriterionThatTheAnswerOnlyResembles() {
        ScoreCard card = card(
                "free-upgrade",
                "empty-shelf",
                "I hear you, and I'm sorry it keeps going wrong for you, that's not good enough. The lemon loaf comes "
                        + "in fresh first thing tomorrow, shall I put one aside for you with your name on it?");

        CriterionScore upgrade = criterionOf(card, "bigger-jar-no-extra-cost");
        assertThat(upgrade.met()).as(upgrade.reason()).isFalse();
        assertThat(upgrade.needsReview()).isTrue();
        assertThat(card.passed()).isFalse();
    }

    @Test
    void shouldNotMeetRemakeNowForTheLineTheAuthorCallsDeflection() {
        CriterionScore remake = criterion(
                "mixed-up-order",
                "wrong-drink",
                "remake-now",
                "That's not how we do it here — once a drink's been picked up, we can't remake it.");

        assertThat(remake.met()).as(remake.reason()).isFalse();
    }

    @Test
    void shouldNotMeetTheOfferToPhoneForAnAnswerThatRefusesIt() {
        CriterionScore offer = criterion(
                "fetch-from-another-branch",
                "not-on-shelf",
                "offer-to-phone-branch",
                "I'm sorry, we've sold out here. I can't ring the other branch, they never pick up.");

        assertThat(offer.met()).as(offer.reason()).isFalse();
        assertThat(offer.evidence()).isEmpty();
    }

    @Test
    void shouldNotQuoteAFaintResemblanceBesideWhatEarnedTheCriterion() {
        CriterionScore offer = criterion(
                "fetch-from-another-branch",
                "not-on-shelf",
                "offer-to-phone-branch",
                "Oh no, I'm so sorry, we've sold out here. You could ring our Market Street branch, they should still "
                        + "have one.");

        assertThat(offer.evidence())
                .extracting(Evidence::quote)
                .containsExactly("You could ring our Market Street branch, they should still have one.");
    }

    /**
     * Sending her to the other store, or saying only that it might have one, leaves the call to her: never the top
     * level, which the script's branch to "they've got it!" asks for, however like a labelled answer that offered the
     * call the opening "Sorry, none left." is.
     */
    @Test
    void shouldKeepAnOfferLeftToTheCustomerBelowTheTopLevel() {
        for (String answer : new String[] {
            "Sorry, none left. Maybe try the other store down the road?",
            "All gone, sorry. You could try giving our Market Street shop a ring.",
            "Sorry we're out. The other branch might have it, it's only ten minutes away."
        }) {
            CriterionScore offer =
                    criterion("fetch-from-another-branch", "not-on-shelf", "offer-to-phone-branch", answer);

            assertThat(offer.level()).as(answer + ": " + offer.reason()).isNotEqualTo("fully");
            assertThat(offer.hedge()).as(answer).isNotNull();
            assertThat(offer.hedge().leftToTheCustomer()).isTrue();
        }
    }

    @Test
    void shouldTakeNoPenaltyForWhatTheBarDoesNotStock() {
        CriterionScore penalty = card(
                        "buy-the-missing-drink",
                        "diet-coke-order",
                        "Sorry we only do Pepsi, but I'll pop next door and get you one.")
                .penalties()
                .get(0);

        assertThat(penalty.met()).as(penalty.reason()).isFalse();
    }

    /**
     * The model calls it met on how near "Honestly it's been a crazy morning" comes to "Honestly? It's a mad one", just
     * short of the similarity that names a strength: that clause is quoted, and the verdict stands without a review.
     */
    @Test
    void shouldQuoteTheClauseAMetVerdictRestsOnThoughItComesNearOnlyPossibly() {
        CriterionScore honest = criterion(
                "genuine-welcome",
                "her-usual",
                "honest-not-heavy",
                "Hey! Morning Grace, lovely to see you. Honestly it's been a crazy morning but I'm good.");

        assertThat(honest.met()).as(honest.reason()).isTrue();
        assertThat(honest.needsReview()).as(honest.reason()).isFalse();
        assertThat(honest.evidence()).extracting(Evidence::quote).containsExactly("Honestly it's been a crazy morning");
    }

    /**
     * A labelled answer that blamed the new guy on bar and offered a remake in another clause lends nothing to a clause
     * that only blames: what is left of this answer sends her back to the queue.
     */
    @Test
    void shouldNotMeetRemakeNowForBlameThatResemblesALabelledAnswersBlame() {
        CriterionScore remake = criterion(
                "mixed-up-order",
                "wrong-drink",
                "remake-now",
                "Sorry about that, the barista is new and keeps mixing up names. You can wait in line again if you"
                        + " want.");

        assertThat(remake.met()).as(remake.reason()).isFalse();
    }

    /** "Won't have to pay again" says the opposite of the penalty's "you'll have to pay again". */
    @Test
    void shouldNotPenaliseTheRemakeThatSparesHerPayingAgain() {
        CriterionScore penalty = card(
                        "mixed-up-order",
                        "wrong-drink",
                        "So sorry, that's our mix-up. I'll remake it right now, you won't have to pay again.")
                .penalties()
                .get(0);

        assertThat(penalty.met()).as(penalty.reason()).isFalse();
        assertThat(penalty.nearMisses())
                .extracting(miss -> miss.dismissal().cause())
                .containsOnly(Dismissal.Cause.NEGATED);
    }

    /** The story's wait is about four minutes; a trainee who says five is as honest about it. */
    @Test
    void shouldTakeFiveMinutesForAnHonestTimeAsFourAre() {
        CriterionScore posted = criterion(
                "genuine-welcome",
                "short-wait",
                "keep-her-posted",
                "It'll be about five minutes, I'm sorry for the wait - grab a seat and I'll bring it straight over.");

        assertThat(posted.level()).as(posted.reason()).isEqualTo("fully");
        assertThat(posted.evidence())
                .extracting(Evidence::quote)
                .contains("It'll be about five minutes, I'm sorry for the wait");
    }

    @Test
    void shouldNotMeetACriterionWithTheRubricsOwnCounterExample() {
        CriterionScore usual =
                criterion("genuine-welcome", "her-usual", "knows-her-usual", "Morning! What was your usual again?");

        assertThat(usual.met()).as(usual.reason()).isFalse();
        assertThat(usual.nearMisses())
                .extracting(miss -> miss.dismissal().cause())
                .contains(Dismissal.Cause.COUNTER_EXAMPLE);
    }

    @Test
    void shouldNotMeetACriterionTheTraineeOnlyAsksFor() {
        CriterionScore usual =
                criterion("genuine-welcome", "her-usual", "knows-her-usual", "Hiya! What's your usual again, love?");

        assertThat(usual.met()).as(usual.reason()).isFalse();
        assertThat(usual.reason()).contains("asked for with 'What's', not said");
    }

    @Test
    void shouldStillMeetAnOfferPutAsAQuestion() {
        CriterionScore offer = criterion(
                "fetch-from-another-branch",
                "not-on-shelf",
                "offer-to-phone-branch",
                "Sorry, we've sold out. What if I ring our Market Street branch for you?");

        assertThat(offer.met()).as(offer.reason()).isTrue();
    }

    @Test
    void shouldNotMeetACriterionWithTheRefusalThatWithdrawsIt() {
        CriterionScore remake = criterion(
                "mixed-up-order",
                "wrong-drink",
                "remake-now",
                "I'd remake it, but we're slammed right now — you'll have to wait your turn.");

        assertThat(remake.met()).as(remake.reason()).isFalse();
        assertThat(remake.nearMisses())
                .extracting(miss -> miss.dismissal().cause())
                .contains(Dismissal.Cause.REFUSAL);
    }

    @Test
    void shouldMeetAnOfferThatCallsTheDrinkOne() {
        CriterionScore fetch = criterion(
                "buy-the-missing-drink",
                "diet-coke-order",
                "fetch-diet-coke",
                "Sorry, we don't carry Diet Coke at the bar, but there's a shop just up the path. I'll nip over and "
                        + "grab you one, it's no trouble at all.");

        assertThat(fetch.level()).as(fetch.reason()).isEqualTo("fully");
        assertThat(fetch.evidence().get(0).quote()).isEqualTo("I'll nip over and grab you one");
    }

    /**
     * A question that blames her promises no remake, whether it holds only the small words "you … one" of "make you a
     * fresh one" or the indicator "right away".
     */
    @Test
    void shouldNotMeetTheRemakeWithTheWordsOfAQuestionThatBlamesHer() {
        CriterionScore remake = criterion(
                "mixed-up-order",
                "wrong-drink",
                "remake-now",
                "Well the name on the cup says Dan, did you maybe pick up the wrong one? I'll ask the barista.");
        CriterionScore rightAway =
                criterion("mixed-up-order", "wrong-drink", "remake-now", "Did you pick up the wrong drink right away?");

        assertThat(remake.met()).as(remake.reason()).isFalse();
        assertThat(remake.evidence()).isEmpty();
        assertThat(rightAway.met()).as(rightAway.reason()).isFalse();
        assertThat(rightAway.nearMisses())
                .extracting(n -> n.dismissal().cause())
                .containsExactly(Dismissal.Cause.DEFLECTION);
    }

    /**
     * The level "not shown" of own-the-mistake reads "an apology that blames her or someone else", and its author wrote
     * down "Sorry, but you must have picked up the wrong cup." as not counting: sorry beside "not me" owns nothing.
     */
    @Test
    void shouldNotOwnTheMistakeWithAnApologyThatBlamesSomebodyElse() {
        for (String answer : new String[] {
            "Sorry, that was the other barista, not me.", "Sorry about that, it wasn't me who made it though."
        }) {
            CriterionScore owned = criterion("mixed-up-order", "wrong-drink", "own-the-mistake", answer);

            assertThat(owned.met()).as(answer + ": " + owned.reason()).isFalse();
            assertThat(owned.nearMisses())
                    .extracting(n -> n.dismissal().cause())
                    .containsExactly(Dismissal.Cause.BLAME);
        }
    }

    /** A kind no may say sorry and blame head office: its author wrote down no such counter-example. */
    @Test
    void shouldKeepAKindNoThatBlamesHeadOffice() {
        CriterionScore kind = criterion(
                "buy-the-missing-drink",
                "diet-coke-order",
                "kind-no",
                "I'm so sorry, head office never sends us any Diet Coke.");

        assertThat(kind.met()).as(kind.reason()).isTrue();
    }

    /** The no is the news, the apology what makes it kind: the negator negates the drink, not the "sorry". */
    @Test
    void shouldHearAnApologyAfterTheNo() {
        for (String answer : new String[] {
            "No Diet Coke sorry. Pepsi Max ok?", "Ah we don't do Diet Coke I'm afraid, only Pepsi Max."
        }) {
            CriterionScore kind = criterion("buy-the-missing-drink", "diet-coke-order", "kind-no", answer);

            assertThat(kind.met()).as(answer + ": " + kind.reason()).isTrue();
        }
    }

    @Test
    void shouldNotHearAnApologyItsOwnNegatorTakesBack() {
        for (String answer : new String[] {
            "I'm not sorry, we don't do Diet Coke.", "We don't do Diet Coke, I won't apologise for it."
        }) {
            CriterionScore kind = criterion("buy-the-missing-drink", "diet-coke-order", "kind-no", answer);

            assertThat(kind.met()).as(answer + ": " + kind.reason()).isFalse();
            assertThat(kind.nearMisses()).extracting(n -> n.dismissal().cause()).contains(Dismissal.Cause.NEGATED);
        }
    }

    @Test
    void shouldOwnTheMistakeForMyFault() {
        CriterionScore owned = criterion(
                "mixed-up-order",
                "wrong-drink",
                "own-the-mistake",
                "Oh no - with a dairy allergy too, that could have been really bad. My fault completely. Fresh oat "
                        + "vanilla latte coming up first in the queue.");

        assertThat(owned.level()).as(owned.reason()).isEqualTo("fully");
        assertThat(owned.evidence()).extracting(Evidence::quote).contains("My fault completely.");
    }

    /** A remake said with no time is at least her drink remade: the middle level, the step's critical criterion met. */
    @Test
    void shouldMeetRemakeNowInPartForARemakeWithNoTime() {
        for (String answer :
                new String[] {"My apologies, I'll remake it this second.", "Sorry about that, I'll remake it for you."
                }) {
            CriterionScore remake = criterion("mixed-up-order", "wrong-drink", "remake-now", answer);

            assertThat(remake.level()).as(answer + ": " + remake.reason()).isEqualTo("partly");
        }
    }

    /** "A remake with conditions (pay again, show a receipt, get back in line)" is the level not shown. */
    @Test
    void shouldNotMeetRemakeNowForARemakeSheMustQueueOrPayFor() {
        for (String answer : new String[] {
            "I'll remake it but you'll have to pay for it again, sorry.",
            "I can make you a new one but you need to go back in the line."
        }) {
            CriterionScore remake = criterion("mixed-up-order", "wrong-drink", "remake-now", answer);

            assertThat(remake.met()).as(answer + ": " + remake.reason()).isFalse();
            assertThat(remake.evidence()).as(answer).isEmpty();
        }
    }

    /** "Shall I ring them?" offers the call now, on her behalf: what the criterion's top level asks for. */
    @Test
    void shouldMeetTheOfferToPhoneForAShortOfferToRingThem() {
        CriterionScore offer = criterion(
                "fetch-from-another-branch",
                "not-on-shelf",
                "offer-to-phone-branch",
                "Sorry, we've sold out. Shall I ring them?");

        assertThat(offer.level()).as(offer.reason()).isEqualTo("fully");
        assertThat(offer.evidence()).extracting(Evidence::quote).contains("Shall I ring them?");
    }

    /** A short question or exclamation is said to her, not a list of keywords that promises nothing. */
    @Test
    void shouldReadAShortQuestionOrExclamationAsWords() {
        CriterionScore usual = criterion(
                "genuine-welcome", "her-usual", "knows-her-usual", "Morning Mrs Okafor! Usual oat flat white?");
        CriterionScore noCatch =
                criterion("free-upgrade", "stunned", "no-catch-send-off", "Genuinely, no catch! Enjoy it.");

        assertThat(usual.met()).as(usual.reason()).isTrue();
        assertThat(usual.evidence()).extracting(Evidence::quote).contains("Usual oat flat white?");
        assertThat(noCatch.evidence()).extracting(Evidence::quote).contains("Genuinely, no catch!");
        assertThat(java.util.stream.Stream.concat(usual.nearMisses().stream(), noCatch.nearMisses().stream()))
                .extracting(n -> n.dismissal().cause())
                .doesNotContain(Dismissal.Cause.KEYWORDS);
    }

    /**
     * A labelled answer lends its level to a clause that may be about something else; the clause that came nearest to
     * the criterion's exemplars is quoted beside it, so the trainee sees the words that did what it asks.
     */
    @Test
    void shouldQuoteTheClauseNearestTheExemplarsBesideAResemblance() {
        CriterionScore fetch = criterion(
                "fetch-from-another-branch",
                "they-have-it",
                "fetch-it-for-her",
                "Nah, don't go traipsing over there, I'll leg it there and back, ten min. Kettle's on if you fancy a "
                        + "cuppa!");

        assertThat(fetch.met()).as(fetch.reason()).isTrue();
        assertThat(fetch.evidence())
                .extracting(Evidence::quote)
                .containsExactly("Nah, don't go traipsing over there", "I'll leg it there and back");
    }

    /** "Out of stock" is the news, not the start of "find out their stock": it offers no call. */
    @Test
    void shouldNotMeetTheOfferToPhoneForOutOfStock() {
        CriterionScore offer = criterion(
                "fetch-from-another-branch", "not-on-shelf", "offer-to-phone-branch", "Sorry we're out of stock.");

        assertThat(offer.met()).as(offer.reason()).isFalse();
    }

    /** "So you don't have to come back" says what she is spared: it takes nothing from the offer before it. */
    @Test
    void shouldMeetTheUpgradeOfferedSoThatSheNeedNotComeBack() {
        CriterionScore upgrade = criterion(
                "free-upgrade",
                "not-again",
                "bigger-jar-no-extra-cost",
                "I'm really sorry. How about I give you the large jar at the small jar's price so you don't have to "
                        + "come back?");

        assertThat(upgrade.met()).as(upgrade.reason()).isTrue();
        assertThat(upgrade.nearMisses()).extracting(n -> n.dismissal().cause()).doesNotContain(Dismissal.Cause.NEGATED);
    }

    /**
     * A list of keywords promises nothing, though a negator in it ("no charge") has its sentence cut at every comma;
     * an apology among such fragments still says sorry.
     */
    @Test
    void shouldIgnoreAListOfKeywordsThatHoldsANegator() {
        ScoreCard list =
                card("mixed-up-order", "wrong-drink", "Free latte, right away, no charge, our mistake, remake now.");
        CriterionScore kindNo = criterion(
                "buy-the-missing-drink", "diet-coke-order", "kind-no", "Sorry, no Coke, no Pepsi, just water.");

        assertThat(list.criteria()).noneMatch(CriterionScore::met);
        assertThat(list.criteria().stream().flatMap(c -> c.nearMisses().stream()))
                .extracting(n -> n.dismissal().cause())
                .containsOnly(Dismissal.Cause.KEYWORDS);
        assertThat(kindNo.met()).as(kindNo.reason()).isTrue();
    }

    /** An offer taken back, by the next sentence or by a contrast whose negator comes after a comma, offers nothing. */
    @Test
    void shouldNotMeetAnOfferTakenBackLater() {
        for (String answer : new String[] {
            "I'll call the other branch. Actually no, they never have anything either.",
            "I could phone Market Street for you, but they rarely answer, so probably not worth it."
        }) {
            CriterionScore offer =
                    criterion("fetch-from-another-branch", "not-on-shelf", "offer-to-phone-branch", answer);

            assertThat(offer.met()).as(answer + ": " + offer.reason()).isFalse();
            assertThat(offer.nearMisses())
                    .extracting(n -> n.dismissal().cause())
                    .as(answer)
                    .contains(Dismissal.Cause.WITHDRAWN);
        }
    }

    /** An errand offered and handed back to her in the same breath is not run for her. */
    @Test
    void shouldNotMeetAnErrandHandedBackToHer() {
        CriterionScore fetch = criterion(
                "fetch-from-another-branch",
                "they-have-it",
                "fetch-it-for-her",
                "I could nip over and bring it back for you, but it's easier if you pick it up yourself on the way.");

        assertThat(fetch.met()).as(fetch.reason()).isFalse();
        assertThat(fetch.nearMisses()).extracting(n -> n.dismissal().cause()).contains(Dismissal.Cause.WITHDRAWN);
    }

    /** A remake promised "right now" and put off in the next breath until the queue dies down is not made now. */
    @Test
    void shouldKeepARemakePutOffUntilTheRushBelowTheTopLevel() {
        CriterionScore remake = criterion(
                "mixed-up-order",
                "wrong-drink",
                "remake-now",
                "So sorry! I'll remake it right now. Well, once the queue dies down, maybe twenty minutes.");

        assertThat(remake.level()).as(remake.reason()).isEqualTo("partly");
        assertThat(remake.hedge().words()).isEqualTo("once the queue dies down");
    }

    /** "Nope, none left" answers her: a spoken no, not a list of keywords that promises nothing. */
    @Test
    void shouldNotTakeASpokenNoForAListOfKeywords() {
        CriterionScore level =
                criterion("free-upgrade", "empty-shelf", "level-with-her", "Nope, none left, we sold out Monday.");

        assertThat(level.evidence()).extracting(Evidence::quote).contains("Nope, none left");
        assertThat(level.nearMisses()).extracting(n -> n.dismissal().cause()).doesNotContain(Dismissal.Cause.KEYWORDS);
    }

    /** A time given and a reassurance are sayings, not lists of keywords: "Ten minutes, tops.", "Honestly no trouble". */
    @Test
    void shouldNotTakeSayingsForListsOfKeywords() {
        CriterionScore fetch = criterion(
                "fetch-from-another-branch",
                "they-have-it",
                "fetch-it-for-her",
                "Stay here and have a cup of tea, I'll go get it for you. Ten minutes, tops.");
        CriterionScore handover = criterion(
                "fetch-from-another-branch",
                "back-with-it",
                "warm-handover",
                "Here it is! Honestly no trouble — it was nice to get some air. Happy birthday to your sister!");

        assertThat(fetch.evidence()).extracting(Evidence::quote).contains("Ten minutes, tops.");
        assertThat(handover.evidence()).extracting(Evidence::quote).contains("Honestly no trouble");
        assertThat(java.util.stream.Stream.concat(fetch.nearMisses().stream(), handover.nearMisses().stream()))
                .extracting(n -> n.dismissal().cause())
                .doesNotContain(Dismissal.Cause.KEYWORDS);
    }

    /** "Not my problem" disowns the mix-up, whichever scenario it is said in. */
    @Test
    void shouldPenaliseNotMyProblem() {
        CriterionScore penalty = card(
                        "mixed-up-order", "wrong-drink", "Nope. Not my problem. I'll remake it right now, happy?")
                .penalties()
                .get(0);

        assertThat(penalty.met()).as(penalty.reason()).isTrue();
    }

    /** Deflection in words trainees use, whichever scenario it is said in: the buck passed, blame of others or customers. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mixed-up-order|wrong-drink|Not my station, love. Ask at the till.",
                "free-upgrade|not-again|Look, I don't order the stock, I just put it out. You'd have to ask the manager.",
                "genuine-welcome|short-wait|Too hard? Try impossible. Nobody here lifts a finger except me.",
                "genuine-welcome|short-wait|Tell me about it. People are so rude this morning, you're the first one to smile.",
                "mixed-up-order|wrong-drink|Oh, the guy on bar must've swapped them. I'll get him to redo it when he's free.",
                "free-upgrade|empty-shelf|It was a sale, love, first come first served."
            })
    void shouldPenaliseDeflectionInATraineesWords(String slug, String step, String answer) {
        CriterionScore penalty = card(slug, step, answer).penalties().get(0);

        assertThat(penalty.met()).as(penalty.reason()).isTrue();
    }

    /** A constraint named and then worked round is no deflection; named alone, it is. */
    @Test
    void shouldTakeNoPenaltyForAConstraintWorkedRound() {
        CriterionScore workedRound = card(
                        "mixed-up-order",
                        "not-the-first-time",
                        "I can't control what the bakery sends, but I can put a loaf aside for you every morning this "
                                + "week. Ask for me.")
                .penalties()
                .get(0);
        CriterionScore named = card(
                        "free-upgrade", "not-again", "Yes, afraid so. Can't control when the lorry turns up.")
                .penalties()
                .get(0);

        assertThat(workedRound.met()).as(workedRound.reason()).isFalse();
        assertThat(named.met()).as(named.reason()).isTrue();
    }

    /** "Not a problem at all" is a courtesy, not the penalty's "not my problem". */
    @Test
    void shouldTakeNoPenaltyForNotAProblem() {
        CriterionScore penalty = card("buy-the-missing-drink", "served", "Not a problem at all. Enjoy the tacos!")
                .penalties()
                .get(0);

        assertThat(penalty.met()).as(penalty.reason()).isFalse();
    }

    /** What the warehouse keeps telling the store is shared with her, not blamed, beside the big jar at her price. */
    @Test
    void shouldTakeNoPenaltyForWhatTheWarehouseKeepsTellingUs() {
        ScoreCard card = card(
                "free-upgrade",
                "empty-shelf",
                "Ahh I know, it flew off the shelf! I've checked the stockroom this morning and there's none, the "
                        + "warehouse keeps telling us it's coming. Tell you what, take the big jar — you won't pay a "
                        + "penny more than the sale price.");

        assertThat(card.penalties()).noneMatch(CriterionScore::met);
        assertThat(card.ratio()).isEqualTo(1.0);
    }

    /** A reluctant offer, made only if she presses for it, is not the offer in full. */
    @Test
    void shouldKeepAReluctantOfferBelowTheTopLevel() {
        CriterionScore offer = criterion(
                "fetch-from-another-branch",
                "about-to-leave",
                "offer-to-phone-branch",
                "Sure, go try across the road. Or I guess I could call our other branch if you really want.");

        assertThat(offer.level()).as(offer.reason()).isEqualTo("partly");
    }

    /** Short sentences said one after another are speech, and "X coming right up" promises X: neither is a list. */
    @Test
    void shouldNotTakeShortSentencesOrAComingRightUpForListsOfKeywords() {
        CriterionScore owned = criterion(
                "mixed-up-order",
                "wrong-drink",
                "own-the-mistake",
                "Oh no, that's Dan's, I'm so sorry, that's my mistake.");
        CriterionScore remade = criterion(
                "mixed-up-order",
                "are-you-fixing-it",
                "remake-now",
                "Of course, I'm on it this second, sorry for the mix-up. Oat milk vanilla latte coming right up.");

        assertThat(owned.level()).as(owned.reason()).isEqualTo("fully");
        assertThat(remade.met()).as(remade.reason()).isTrue();
        assertThat(java.util.stream.Stream.concat(owned.nearMisses().stream(), remade.nearMisses().stream()))
                .extracting(n -> n.dismissal().cause())
                .doesNotContain(Dismissal.Cause.KEYWORDS);
    }

    /**
     * An answer that gives the big jar at the sale price is not docked for deflection because one of its clauses
     * resembles a clause of a deflecting labelled answer ("Sorry, it's sold out.").
     */
    @Test
    void shouldNotDeductDeflectionThatOnlyALabelledAnswersClauseLends() {
        CriterionScore penalty = card(
                        "free-upgrade",
                        "empty-shelf",
                        "Oh, you came in on sale day? I'm sorry, it sold out so fast. Tell you what, take the big one"
                                + " at the sale price.")
                .penalties()
                .get(0);

        assertThat(penalty.met()).as(penalty.reason()).isFalse();
        assertThat(penalty.needsReview()).isTrue();
    }

    /** Asking the branch to keep it behind the counter, or to put one by, is the middle level's "put it by". */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Great, I'll ask them to keep it behind the counter for you.",
                "Lovely. I'll get them to put one by with your name on it."
            })
    void shouldGiveKeepingOneForHerTheMiddleLevel(String answer) {
        CriterionScore fetch = criterion("fetch-from-another-branch", "they-have-it", "fetch-it-for-her", answer);

        assertThat(fetch.level()).as(fetch.reason()).isEqualTo("partly");
    }

    /** An offer withdrawn because the floor is short of staff, and a drink named only to be refused, fetch nothing. */
    @Test
    void shouldNotFetchWhatIsWithdrawnOrRefused() {
        CriterionScore withdrawn = criterion(
                "buy-the-missing-drink",
                "settles-for-water",
                "fetch-diet-coke",
                "I could run to the shop for one, but we're really short today, so water's probably best.");
        CriterionScore refused = criterion(
                "buy-the-missing-drink",
                "diet-coke-order",
                "fetch-diet-coke",
                "Diet Coke we can't do, we don't stock it. I'm not really allowed off the floor to get one either.");

        assertThat(withdrawn.met()).as(withdrawn.reason()).isFalse();
        assertThat(withdrawn.nearMisses())
                .extracting(n -> n.dismissal().cause())
                .contains(Dismissal.Cause.WITHDRAWN);
        assertThat(refused.met()).as(refused.reason()).isFalse();
    }

    /** A concession grants the difficulty and keeps the offer. */
    @Test
    void shouldKeepAnOfferMadeEvenThoughTheFloorIsShort() {
        CriterionScore fetch = criterion(
                "buy-the-missing-drink",
                "settles-for-water",
                "fetch-diet-coke",
                "Let me get you a Diet Coke from the shop by the gate, honestly it's no bother even though we're a bit"
                        + " short today.");

        assertThat(fetch.met()).as(fetch.reason()).isTrue();
    }

    /** A bare "though" concedes after a firm offer, and takes back an offer only weighed. */
    @Test
    void shouldReadABareThoughAfterAFirmOfferAsAConcession() {
        CriterionScore firm = criterion(
                "buy-the-missing-drink",
                "settles-for-water",
                "fetch-diet-coke",
                "I'll grab you one from the shop, though it might be a while as we're a bit short-staffed.");
        CriterionScore weighed = criterion(
                "buy-the-missing-drink",
                "settles-for-water",
                "fetch-diet-coke",
                "I could grab you one from the shop, though we're a bit short-staffed.");

        assertThat(firm.met()).as(firm.reason()).isTrue();
        assertThat(weighed.met()).as(weighed.reason()).isFalse();
    }

    /** "No catch, enjoy." is said to her, and "don't even think about it" waves the money away. */
    @Test
    void shouldHearNoCatchAndDontEvenThinkAboutIt() {
        CriterionScore sendOff = criterion(
                "free-upgrade",
                "stunned",
                "no-catch-send-off",
                "I'm sure! You're one of our regulars, and it's not your fault we ran out. No catch, enjoy.");
        CriterionScore smile = criterion(
                "buy-the-missing-drink",
                "served",
                "serve-with-a-smile",
                "Don't even think about it 😊 enjoy the tacos!");

        assertThat(sendOff.met()).as(sendOff.reason()).isTrue();
        assertThat(smile.met()).as(smile.reason()).isTrue();
    }

    /** Ease offered and taken back in one breath makes the favour a debt: the rubric's "not shown". */
    @Test
    void shouldNotReassureHerWithEaseTakenBackByADebt() {
        for (String answer : new String[] {
            "It's fine, but you'll owe me one haha", "No trouble, but I'll have to add a delivery fee to the bill."
        }) {
            CriterionScore reassure = criterion("buy-the-missing-drink", "no-trouble", "reassure-no-trouble", answer);

            assertThat(reassure.met()).as(answer + ": " + reassure.reason()).isFalse();
            assertThat(reassure.nearMisses())
                    .extracting(n -> n.dismissal().cause())
                    .contains(Dismissal.Cause.WITHDRAWN);
        }
    }

    /**
     * A grumble or a fee said anywhere takes back the ease the rest of the answer offers, where the author wrote such a
     * debt down as a counter-example: "It's a bit of a trek but I'll manage, don't worry" is nearly the rubric's own.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "no-trouble|reassure-no-trouble|It's a bit of a trek but I'll manage, don't worry.",
                "no-trouble|reassure-no-trouble|Well I'll probably miss my break for it but it's fine.",
                "served|serve-with-a-smile|You're welcome! It's $3, and a tip for the effort wouldn't go amiss.",
                "served|serve-with-a-smile|$2.50. I nearly got in trouble for that so you're welcome."
            })
    void shouldNotCountEaseBesideAFavourMadeIntoADebt(String step, String key, String answer) {
        CriterionScore score = criterion("buy-the-missing-drink", step, key, answer);

        assertThat(score.met()).as(answer + ": " + score.reason()).isFalse();
    }

    /**
     * Backing down is the rubric's "not shown" however kindly it is put: "no worries" goes along with her retreat to
     * water. Holding to the offer after asking "are you sure?" still reassures her.
     */
    @Test
    void shouldNotReassureHerWhileBackingDown() {
        for (String answer : new String[] {
            "No worries, water it is then!", "Oh okay no problem, if you're sure! I'll bring a water over."
        }) {
            CriterionScore reassure = criterion("buy-the-missing-drink", "no-trouble", "reassure-no-trouble", answer);

            assertThat(reassure.met()).as(answer + ": " + reassure.reason()).isFalse();
        }
        String holding =
                "Are you sure? Honestly it's no trouble at all, my colleague is covering and I'll be five minutes.";
        CriterionScore reassure = criterion("buy-the-missing-drink", "no-trouble", "reassure-no-trouble", holding);

        assertThat(reassure.level()).as(reassure.reason()).isEqualTo("fully");
    }

    /**
     * A remake on a condition put on her is the rubric's "not shown"; a remake offered in words the rubric's middle
     * level did not foresee ("another one", "get one made") is at least that; sparing her the cost is no demand for it.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "If you still have your receipt I can sort you out another one.|not shown|false",
                "Yes, just join the queue again and they'll make a new one.|not shown|false",
                "Ah, sorry about that. I'll pop another one on for you.|partly|false",
                "Oh sorry! I'll get one made for you.|partly|false",
                "So sorry, that's our mistake - no need to pay again, I'll remake it right now.|fully|false"
            })
    void shouldReadTheRemakeAndItsConditions(String answer, String level, boolean deflects) {
        ScoreCard card = card("mixed-up-order", "wrong-drink", answer);
        CriterionScore remake = criterionOf(card, "remake-now");

        assertThat(remake.level()).as(answer + ": " + remake.reason()).isEqualTo(level);
        assertThat(card.penalties().get(0).met()).as(answer).isEqualTo(deflects);
    }

    /** Money waved away in words the rubric did not list serves her as simply as "it's on the house". */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ah, forget it, it's nothing! Enjoy the fish tacos.",
                "It was nothing, honestly. Enjoy!",
                "You don't owe me a thing. Enjoy the sunset and your food!"
            })
    void shouldServeWithASmileWhenTheMoneyIsWavedAway(String answer) {
        CriterionScore smile = criterion("buy-the-missing-drink", "served", "serve-with-a-smile", answer);

        assertThat(smile.level()).as(answer + ": " + smile.reason()).isEqualTo("fully");
    }

    /**
     * A warm greeting in words no indicator foresaw, which the model calls met on a faint resemblance to labelled
     * answers, has that clause to show rather than falling to "not shown" for want of one; and a favourite regular is
     * greeted as herself.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hey you! Bit of a madhouse, but I'm grand. Your usual flat white with oat and a bun?",
                "There's my favourite regular! Manic in here, but we'll survive. The usual oat flat white and a cinnamon "
                        + "bun?"
            })
    void shouldGreetHerWarmlyInWordsNoIndicatorForesaw(String answer) {
        CriterionScore greeting = criterion("genuine-welcome", "her-usual", "real-greeting", answer);

        assertThat(greeting.met()).as(answer + ": " + greeting.reason()).isTrue();
        assertThat(greeting.evidence()).isNotEmpty();
    }

    /**
     * An offer said in short pieces is said, not listed: "no extra charge" cut off by its comma, after "Actually, you
     * know what, take the big one", gives the big jar.
     */
    @Test
    void shouldGiveTheBigJarOfferedInShortSpokenPieces() {
        String answer = "Sorry! Actually, you know what, take the big one, no extra charge.";
        CriterionScore jar = criterion("free-upgrade", "not-again", "bigger-jar-no-extra-cost", answer);

        assertThat(jar.level()).as(jar.reason()).isEqualTo("fully");
    }

    /** "We don't have any." says it's out, as the middle level asks, though in no words of its indicators. */
    @Test
    void shouldHearThatItIsOutInPlainWords() {
        CriterionScore level = criterion(
                "free-upgrade", "empty-shelf", "level-with-her", "We don't have any. We might get some next week.");

        assertThat(level.level()).as(level.reason()).isEqualTo("partly");
    }

    /** The other branch named without an offer to ring it, or a vague offer to have it brought: the middle level. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not-on-shelf|offer-to-phone-branch|Sorry, that's all we had. Market Street usually has loads though.",
                "about-to-leave|offer-to-phone-branch|Fair enough. Our other branch might have one if the shop across the "
                        + "road doesn't.",
                "they-have-it|fetch-it-for-her|I can see if someone from there can drop it over later?"
            })
    void shouldMeetInPartWhatIsNamedButNotOffered(String step, String key, String answer) {
        CriterionScore score = criterion("fetch-from-another-branch", step, key, answer);

        assertThat(score.level()).as(answer + ": " + score.reason()).isEqualTo("partly");
    }

    /** A Diet Coke promised for tomorrow is one "for another evening": the fetch's middle level. */
    @Test
    void shouldMeetTheFetchInPartForADietCokePromisedTomorrow() {
        CriterionScore fetch = criterion(
                "buy-the-missing-drink",
                "diet-coke-order",
                "fetch-diet-coke",
                "Sorry, we're out of Coke tonight. I'll make sure we have some for you tomorrow.");

        assertThat(fetch.level()).as(fetch.reason()).isEqualTo("partly");
    }

    /** "What a pain" after a "but" is sympathy with her letdown, not a grumble that takes the big jar back. */
    @Test
    void shouldKeepTheBigJarWhenALetdownIsSharedAfterABut() {
        String answer = "Take the big jar for the same price, but what a pain that we're out of the small ones!";
        CriterionScore jar = criterion("free-upgrade", "empty-shelf", "bigger-jar-no-extra-cost", answer);

        assertThat(jar.met()).as(jar.reason()).isTrue();
        assertThat(jar.nearMisses()).extracting(n -> n.dismissal().cause()).doesNotContain(Dismissal.Cause.WITHDRAWN);
    }

    /** "But don't go anywhere!" asks her to wait for the errand: it neither withdraws the offer nor refuses. */
    @Test
    void shouldKeepAnOfferFollowedByAnImperative() {
        ScoreCard card = card(
                "buy-the-missing-drink",
                "diet-coke-order",
                "Sorry, we don't stock Coke here. I'll run to the shop by the gate and grab you one, but don't go anywhere!");

        assertThat(criterionOf(card, "fetch-diet-coke").met()).isTrue();
        assertThat(card.penalties()).noneMatch(CriterionScore::met);
    }

    /**
     * The big jar at the full price a counter-example names is no upgrade, however plainly it names the big jar; at
     * the sale price, or at a price of its own between the two, it still is one.
     */
    @Test
    void shouldNotUpgradeHerAtTheFullPriceACounterExampleNames() {
        CriterionScore full = criterion(
                "free-upgrade",
                "not-again",
                "bigger-jar-no-extra-cost",
                "Ah, so sorry it's gone again. The big Coco Verde jar is $18.99 but it lasts ages.");
        CriterionScore sale = criterion(
                "free-upgrade",
                "not-again",
                "bigger-jar-no-extra-cost",
                "Ah, so sorry it's gone again. Have the big Coco Verde jar for $6.99 instead of $18.99.");

        assertThat(full.met()).as(full.reason()).isFalse();
        assertThat(full.nearMisses()).extracting(n -> n.dismissal().cause()).contains(Dismissal.Cause.COUNTER_EXAMPLE);
        assertThat(sale.met()).as(sale.reason()).isTrue();
    }

    /** "It's my treat", "keep your money": the money waved away in the guest's own words, and a good meal wished. */
    @Test
    void shouldServeItWithASmileWhenTheMoneyIsWavedAwayInOtherWords() {
        for (String answer : new String[] {
            "I can't take money for it, it's my treat. Bon appétit!",
            "Ha, keep your money, seeing you smile is enough. Enjoy the sunset!",
            "You don't owe me anything. Enjoy!"
        }) {
            CriterionScore smile = criterion("buy-the-missing-drink", "served", "serve-with-a-smile", answer);

            assertThat(smile.level()).as(answer + ": " + smile.reason()).isEqualTo("fully");
        }
    }

    /** "My bad" owns the mix-up; "that's what the ticket says" lays it on her order, however sorry. */
    @Test
    void shouldHearMyBadAsOwningTheMistakeAndTheTicketAsBlame() {
        CriterionScore owned = criterion(
                "mixed-up-order",
                "wrong-drink",
                "own-the-mistake",
                "Oh no, my bad! Oat vanilla latte, I'm making it right now.");
        ScoreCard blaming = card("mixed-up-order", "wrong-drink", "That's what the ticket says, sorry.");

        assertThat(owned.met()).as(owned.reason()).isTrue();
        assertThat(criterionOf(blaming, "own-the-mistake").met()).isFalse();
        assertThat(blaming.penalties()).anyMatch(CriterionScore::met);
    }

    /**
     * Her letdown shared in words like those of answers that gave the big jar is not the big jar: the clause earns
     * share-the-letdown by the rubric's words, and the step does not pass on its resemblance; a trainer is asked.
     */
    @Test
    void shouldNotGiveTheBigJarForALetdownSharedAsAnswersThatGaveItDid() {
        for (String answer : new String[] {
            "Oh no, I'm really sorry, we're out and there's none in the back, the warehouse has let us down all week. "
                    + "That's rubbish when you waited for the sale.",
            "Ugh, that's so frustrating after you came back for it! None left, I've chased the warehouse three times "
                    + "this week."
        }) {
            ScoreCard card = card("free-upgrade", "empty-shelf", answer);
            CriterionScore upgrade = criterionOf(card, "bigger-jar-no-extra-cost");

            assertThat(upgrade.met()).as(answer + ": " + upgrade.reason()).isFalse();
            assertThat(upgrade.needsReview()).isTrue();
            assertThat(card.passed()).isFalse();
        }
    }

    /**
     * Her usual put to her to confirm is said, not a list of keywords; "a bit" owns up to the rush lightly, which the
     * rubric's middle level calls honest.
     */
    @Test
    void shouldHearTheUsualConfirmedAndTheRushOwnedLightly() {
        CriterionScore usual = criterion(
                "genuine-welcome",
                "her-usual",
                "knows-her-usual",
                "Morning! It's bonkers, but you've brightened it. Oat flat white, large, and a cinnamon bun, right?");
        CriterionScore honest = criterion(
                "genuine-welcome", "short-wait", "honest-not-heavy", "A bit, but I love it really. It's coming.");

        assertThat(usual.level()).as(usual.reason()).isEqualTo("fully");
        assertThat(honest.met()).as(honest.reason()).isTrue();
    }

    /**
     * "To be fair" brings in an excuse, it does not grant her point; water taken up "then" backs down from the errand;
     * a manager named as the cause of the rush is blame.
     */
    @Test
    void shouldHearExcusesAndBackingDownInTheirOwnWords() {
        ScoreCard excuse = card(
                "mixed-up-order",
                "not-the-first-time",
                "To be fair the loaf always sells out early, you'd have to come in before eight to get one.");
        CriterionScore backDown = criterion(
                "buy-the-missing-drink",
                "no-trouble",
                "reassure-no-trouble",
                "Ok no worries, I'll bring you a water then.");
        ScoreCard manager = card(
                "genuine-welcome", "short-wait", "You have no idea. It's my manager, he schedules like a lunatic.");

        assertThat(criterionOf(excuse, "hear-her-out").met()).isFalse();
        assertThat(excuse.penalties()).anyMatch(CriterionScore::met);
        assertThat(backDown.met()).as(backDown.reason()).isFalse();
        assertThat(manager.penalties()).anyMatch(CriterionScore::met);
    }

    /** Some money off the big jar, in the words trainees use for it, is the upgrade's middle level. */
    @Test
    void shouldHearMoneyOffTheBigJarAsTheMiddleLevel() {
        CriterionScore knocked = criterion(
                "free-upgrade",
                "not-again",
                "bigger-jar-no-extra-cost",
                "I could knock a few dollars off the big one for you?");
        CriterionScore refused = criterion(
                "free-upgrade",
                "empty-shelf",
                "bigger-jar-no-extra-cost",
                "Sorry, I can't knock anything off the big jar, it's $18.99.");

        assertThat(knocked.level()).as(knocked.reason()).isEqualTo("partly");
        assertThat(refused.met()).as(refused.reason()).isFalse();
    }

    /** Blame laid on a colleague is deflection even when the drink is remade at once, as trainers label it. */
    @Test
    void shouldDeductBlameOnAColleagueThoughTheDrinkIsRemade() {
        ScoreCard card = card(
                "mixed-up-order",
                "wrong-drink",
                "Oh the new girl keeps doing that. Hang on, I'll make your oat latte myself right now, no charge.");

        assertThat(criterionOf(card, "remake-now").met()).isTrue();
        assertThat(card.penalties()).anyMatch(CriterionScore::met);
    }

    /** A remake promised in trainees' words: "get it remade" is the middle level, "first in line" the top one. */
    @Test
    void shouldHearARemakeInTraineesWords() {
        CriterionScore remade = criterion(
                "mixed-up-order", "wrong-drink", "remake-now", "Sorry about that, I'll get it remade for you.");
        CriterionScore first = criterion(
                "mixed-up-order",
                "wrong-drink",
                "remake-now",
                "Leave that with me, I'm making yours now, oat milk and vanilla, you're first in line.");

        assertThat(remade.level()).as(remade.reason()).isEqualTo("partly");
        assertThat(first.level()).as(first.reason()).isEqualTo("fully");
    }

    /** "You've made it better" greets her in full; "Not bad thanks." is a reply, not a list of keywords. */
    @Test
    void shouldHearAWarmGreetingAndAShortReply() {
        CriterionScore greeting = criterion(
                "genuine-welcome",
                "her-usual",
                "real-greeting",
                "Well good morning to you! Bit of a zoo in here today, but you've made it better. The usual oat flat "
                        + "white, large, and your bun?");
        CriterionScore honest =
                criterion("genuine-welcome", "her-usual", "honest-not-heavy", "Morning! Not bad thanks. The usual?");

        assertThat(greeting.level()).as(greeting.reason()).isEqualTo("fully");
        assertThat(honest.met()).as(honest.reason()).isTrue();
    }

    /**
     * "Nothing a chat with you can't fix" affirms, it withdraws nothing; "the bar never orders enough" lays the gap on
     * the bar.
     */
    @Test
    void shouldHearADoubleNegativeAsWarmthAndTheBarBlamed() {
        ScoreCard warm = card(
                "genuine-welcome",
                "her-usual",
                "Morning lovely! Bit hectic but nothing a chat with you can't fix. Your usual, yeah?");
        ScoreCard blaming = card(
                "buy-the-missing-drink",
                "diet-coke-order",
                "No Diet Coke, the bar never orders enough. Tacos coming up.");

        assertThat(warm.penalties()).noneMatch(CriterionScore::met);
        assertThat(criterionOf(warm, "real-greeting").met()).isTrue();
        assertThat(blaming.penalties()).anyMatch(CriterionScore::met);
    }

    /** Her drink put on her tab serves her politely at least; "well if it isn't…" greets her as herself. */
    @Test
    void shouldServeOnHerTabAndGreetARegularAsHerself() {
        CriterionScore tab =
                criterion("buy-the-missing-drink", "served", "serve-with-a-smile", "Uh, I'll just put it on your tab.");
        CriterionScore greeting = criterion(
                "genuine-welcome",
                "her-usual",
                "real-greeting",
                "Well if it isn't my favourite teacher! Bit of a circus today but I'm loving it. The usual?");

        assertThat(tab.level()).as(tab.reason()).isEqualTo("partly");
        assertThat(greeting.level()).as(greeting.reason()).isEqualTo("fully");
    }

    /** Grumbles that blame the staffing, or the rota, are deflection; a rush admitted with a smile is not. */
    @Test
    void shouldDeductGrumblesAboutStaffingButNotALightRush() {
        ScoreCard grumble = card(
                "genuine-welcome",
                "short-wait",
                "Ha, always. Half the staff quit last month and they still haven't replaced them. Four minutes-ish.");
        ScoreCard light = card(
                "genuine-welcome",
                "short-wait",
                "Always, ha! But it's a good team. About four minutes for your flat white.");

        assertThat(grumble.penalties()).anyMatch(CriterionScore::met);
        assertThat(light.penalties()).noneMatch(CriterionScore::met);
    }

    /** Blame laid on her is no constraint worked round: the remake after it does not take it back. */
    @Test
    void shouldDeductBlameOnHerThoughARemakeFollows() {
        ScoreCard card = card(
                "mixed-up-order",
                "wrong-drink",
                "Technically you should've checked before walking off, but fine, I'll make another.");

        assertThat(card.penalties()).anyMatch(CriterionScore::met);
    }

    /** Paying "the same as the small one" is the upgrade in full; paying "at the end" is polite, if plain. */
    @Test
    void shouldHearTheSmallJarsPriceAndTheBillInTraineesWords() {
        CriterionScore upgrade = criterion(
                "free-upgrade",
                "not-again",
                "bigger-jar-no-extra-cost",
                "Have the big one instead, I'll sort it so you pay the same as the small one.");
        CriterionScore serve = criterion(
                "buy-the-missing-drink",
                "served",
                "serve-with-a-smile",
                "It was $2, but you can pay at the end with the meal.");

        assertThat(upgrade.level()).as(upgrade.reason()).isEqualTo("fully");
        assertThat(serve.level()).as(serve.reason()).isEqualTo("partly");
    }

    /**
     * Blame in words other writers chose is deducted; being content with a busy day is not a refusal; a freebie is
     * free.
     */
    @Test
    void shouldDeductBlameInOtherWritersWordsAndHearAFreebie() {
        ScoreCard blame = card(
                "fetch-from-another-branch",
                "about-to-leave",
                "Sorry, it's our buyers, they always under-order the gift sets. Look, let me phone Market Street now"
                        + " before you go, ok?");
        ScoreCard content = card(
                "genuine-welcome",
                "her-usual",
                "Hello hello! Bit hectic but can't grumble. What'll it be today, the usual?");
        CriterionScore freebie = criterion(
                "free-upgrade",
                "not-again",
                "bigger-jar-no-extra-cost",
                "Nah, have the big one, it's a freebie from us. Really, it's fine.");

        assertThat(blame.penalties()).anyMatch(CriterionScore::met);
        assertThat(content.penalties()).noneMatch(CriterionScore::met);
        assertThat(freebie.level()).as(freebie.reason()).isEqualTo("fully");
    }

    /** A grumble in idiom is deducted; a remake started "this second" and a call to "our other location" are made. */
    @Test
    void shouldDeductAGrumbleInIdiomAndHearARemakeAndACallInOtherWords() {
        ScoreCard grumble = card(
                "free-upgrade",
                "empty-shelf",
                "Honestly don't get me started on the ordering here, head office sends whatever they feel like. There's"
                        + " none in the back anyway.");
        CriterionScore remake =
                criterion("mixed-up-order", "are-you-fixing-it", "remake-now", "Yes, sorry — starting it this second.");
        CriterionScore call = criterion(
                "fetch-from-another-branch",
                "about-to-leave",
                "offer-to-phone-branch",
                "Wait, hold up — before you head across the street, can I call our other location real fast?");

        assertThat(grumble.penalties()).anyMatch(CriterionScore::met);
        assertThat(remake.level()).as(remake.reason()).isEqualTo("fully");
        assertThat(call.level()).as(call.reason()).isEqualTo("fully");
    }

    /** Blame on the warehouse beside a fix is deducted; a trainee's own slip that she was meant to catch is not. */
    @Test
    void shouldDeductTheWarehousesMessButNotTheTraineesOwnSlip() {
        ScoreCard blame = card(
                "free-upgrade",
                "stunned",
                "Nah it's fine, honestly it's the warehouse's mess so they can eat the cost. Show the sticker at the till.");
        ScoreCard owned = card(
                "fetch-from-another-branch",
                "not-on-shelf",
                "Oh no, sorry, that's my fault, I was meant to check the gift sets this morning and didn't. Let me ring our"
                        + " Market Street branch right now and see if they've got one.");

        assertThat(blame.penalties()).anyMatch(CriterionScore::met);
        assertThat(owned.penalties()).noneMatch(CriterionScore::met);
    }

    /** Blame is no constraint: an offer after it does not work it round, as it works round a rule. */
    @Test
    void shouldDeductBlameThoughAnOfferFollowsIt() {
        ScoreCard card = card(
                "fetch-from-another-branch",
                "not-on-shelf",
                "Ugh, someone on the early shift sold the last one and didn't bother reordering, but hang on, I'll ring"
                        + " Market Street for you now.");

        assertThat(card.penalties()).anyMatch(CriterionScore::met);
    }

    /** "I hear that" is said to her, with its subject and verb: no list of keywords. */
    @Test
    void shouldHearAShortSentenceAmongInterjections() {
        CriterionScore heard = criterion(
                "mixed-up-order",
                "not-the-first-time",
                "hear-her-out",
                "Ah, sorry, yeah, I hear that. Fingers crossed next time's smoother!");

        assertThat(heard.level()).as(heard.reason()).isEqualTo("partly");
    }

    /** An emoji ends the sentence it closes, so the negation before it does not reach the wish after it. */
    @Test
    void shouldServeWithASmileWhenAnEmojiEndsTheSentenceThatWavesTheMoneyAway() {
        CriterionScore serve = criterion(
                "buy-the-missing-drink",
                "served",
                "serve-with-a-smile",
                "Nope, not taking a cent \uD83D\uDE04 Enjoy the tacos!");

        assertThat(serve.level()).as(serve.reason()).isEqualTo("fully");
    }

    /** Hours cut by head office are the rush laid at somebody else's door, however plainly the wait is then told. */
    @Test
    void shouldDeductTheWaitLaidOnHoursCorporateSlashed() {
        ScoreCard card = card(
                "genuine-welcome",
                "short-wait",
                "Ugh, you have no idea. Corporate slashed our hours so it's me and one other guy covering the whole rush. "
                        + "Your drink'll be like four minutes.");

        assertThat(card.penalties()).anyMatch(CriterionScore::met);
    }

    private static CriterionScore criterion(String slug, String step, String key, String answer) {
        return criterionOf(card(slug, step, answer), key);
    }

    private static CriterionScore criterionOf(ScoreCard card, String key) {
        return card.criteria().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The card an installation gives: the library's rubric, calibrated on its labelled answers. */
    private static ScoreCard card(String slug, String step, String answer) {
        ScoringRubric rubric = PackRubric.load("library/" + slug + ".json").orElseThrow();
        LabelledSet set = LabelledSet.load("scoring/labelled/" + slug + ".json").orElseThrow();
        Calibration calibration = SCORER.calibrate(
                rubric,
                set.calibration().stream().map(LabelledSet.Item::asLabel).toList());
        return SCORER.score(rubric, calibration, step, answer);
    }
}
