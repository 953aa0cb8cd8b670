package org.extramile.scoring;

import java.util.List;

/** Small rubrics written for the scorer's own tests, in the spirit of the seeded library's stories. */
final class RubricFixtures {

    static final List<LevelSpec> THREE_LEVELS =
            List.of(new LevelSpec("not shown", 0), new LevelSpec("partly", 1), new LevelSpec("fully", 2));
    static final List<LevelSpec> PENALTY_LEVELS = List.of(new LevelSpec("none", 0), new LevelSpec("shown", 2));

    private RubricFixtures() {}

    /** The resort waiter and the Diet Coke (story 004): one step, "order". */
    static ScoringRubric missingDrink() {
        return new ScoringRubric(
                "fixture-missing-drink@1",
                List.of(
                        new CriterionSpec(
                                "acknowledge",
                                "Acknowledges the missing drink kindly",
                                CriterionKind.SCORED,
                                List.of("order"),
                                THREE_LEVELS,
                                List.of("sorry", "apologise", "I'm afraid"),
                                List.of(List.of("sorry", "apologies")),
                                List.of(
                                        "I'm so sorry, we don't carry Coke products here.",
                                        "Apologies, we don't stock that one.",
                                        "Ah, I'm afraid we only have Pepsi products."),
                                List.of()),
                        new CriterionSpec(
                                "get-the-drink",
                                "Gets the drink anyway",
                                CriterionKind.CRITICAL,
                                List.of("order"),
                                THREE_LEVELS,
                                List.of("get you one", "convenience store", "buy one for you", "pop out"),
                                List.of(List.of("store", "shop"), List.of("get", "grab", "fetch", "buy")),
                                List.of(
                                        "Let me run to the convenience store and get you a Diet Coke.",
                                        "I'll pop out and buy one for you, it will only take a few minutes.",
                                        "Give me five minutes and I'll have an ice-cold Diet Coke for you."),
                                List.of(
                                        "You could get one at the store down the road.",
                                        "We only have Pepsi, is that okay?")),
                        new CriterionSpec(
                                "deflect",
                                "Deflects with what the restaurant lacks or its rules",
                                CriterionKind.PENALTY,
                                List.of("order"),
                                PENALTY_LEVELS,
                                List.of("not how we do it", "policy", "not my job"),
                                List.of(),
                                List.of(
                                        "We don't have Coke products.",
                                        "That's not how we do it here.",
                                        "Sorry, it's our policy.",
                                        "That's not my job."),
                                List.of("Our policy is that the guest comes first."))));
    }

    /** The empty shelf and the bigger jar (story 003): one step, "shelf". */
    static ScoringRubric freeUpgrade() {
        return new ScoringRubric(
                "fixture-free-upgrade@1",
                List.of(
                        new CriterionSpec(
                                "check",
                                "Checks and explains the stock honestly",
                                CriterionKind.SCORED,
                                List.of("shelf"),
                                THREE_LEVELS,
                                List.of("checked the back", "warehouse has been out", "tried ordering"),
                                List.of(List.of("warehouse", "stockroom", "back")),
                                List.of(
                                        "I've tried ordering it three times this week and the warehouse has been out every time.",
                                        "I checked the back and we're completely out, the supplier hasn't delivered."),
                                List.of()),
                        new CriterionSpec(
                                "upgrade",
                                "Gives the bigger jar at no cost",
                                CriterionKind.CRITICAL,
                                List.of("shelf"),
                                THREE_LEVELS,
                                List.of("bigger jar for free", "no charge", "on the house", "for free"),
                                List.of(
                                        List.of("free", "no charge", "on the house", "complimentary"),
                                        List.of("bigger", "larger")),
                                List.of(
                                        "Since we don't have it, I'll give you the bigger jar for free.",
                                        "Take the large one at the same price, it's on us.",
                                        "Have the big jar instead, no charge, just show them the sticker at the till."),
                                List.of(
                                        "I can order it for pickup later.",
                                        "You could buy the bigger jar instead.",
                                        "We'll have more next week, come back then."))));
    }
}
