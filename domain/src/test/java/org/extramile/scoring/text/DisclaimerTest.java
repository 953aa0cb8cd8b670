package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisclaimerTest {

    private final Segmenter segmenter = new Segmenter(new AnswerAnalyzer());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "There's nothing I can do about the prices",
                "It's out of my hands",
                "Sorry, can't help",
                "That's just how it is on Fridays",
                "Refunds are not my department",
                "I only work the till",
                "That's on the manager",
                "You should have booked ahead",
                "You'd have been better off at lunchtime",
                "Are you sure you didn't pick up someone else's",
                "The warehouse never gets it right",
                "Blame management for the queue",
                "Tom was supposed to order more",
                "Sorry, yeah, it's a bad one, management's fault",
                "Every time's a bad time, thanks to whoever does the rota",
                "Blame the lot behind you, they all want oat milk",
                "You'll have to take it up with head office",
                "Not really my department, love",
                "I can't really do anything about stock",
                "Not a thing I can change, I'm afraid",
                "Stock levels are outside store control",
                "The warehouse left me no choice",
                "That's the warehouse for you",
                "You really should have come in earlier in the week",
                "If you'd bought it when you first spotted it you'd have it now",
                "The supplier's been useless for months",
                "the new guy's useless and I'm doing everything",
                "Management is a joke",
                "you must have mixed it up with someone else's",
                "The morning lot didn't put the order in",
                "There's no point me calling, the system's always wrong",
                "It's head office policy, I'm afraid",
                "Policy says I need a manager's OK",
                "Drinks aren't my department",
                "Everyone's taking it out on me today",
                "i cant really do anything about stock",
                "It wasn't me who made it",
                "Not me, the new guy did your drink",
                "that was the other barista not me",
                "Sorry, it's resort policy",
                "Sorry, the new guy on bar is still learning",
                "That's the new guy on bar, he keeps mixing up names",
                "Shame Jess couldn't be bothered to reorder them",
                "I don't think the manager would go for it",
                "I'd get a warning if I gave it you free",
                "I'll probably get told off by my manager for leaving the floor",
                "Rules are rules, I'm afraid",
                "Policy is we charge full price",
                "Sorry about that, the barista is new and keeps mixing up names",
                "My colleague forgot to put your name on it",
                "Management's choice not mine",
                "It's head office's decision",
                "We're really busy, you'll have to wait your turn",
                "you'll have to pay for it again, sorry",
                "you need to go back in the line",
                "I don't deal with stock",
                "Honestly that's nothing to do with me",
                "People clear the shelves the minute something's on sale, what can you do.",
                "It is what it is",
                "Not my station, love",
                "I don't order the stock, I just put it out",
                "You'd have to ask the manager",
                "You'll need to speak to whoever took your order",
                "My supervisor would have my head",
                "but my manager would have a fit",
                "My colleague over there was useless",
                "The lemon loaf's down to the bakery",
                "The idiots who called in sick left us short",
                "Nobody here lifts a finger except me",
                "Sorry, the new kid is still learning",
                "It's really not down to me what the bakery sends",
                "The loaf always sells out by ten, you just need to come in earlier",
                "Management doesn't listen though",
                "Oh, the guy on bar must've swapped them",
                "Barely, love, they've left me on my own with this rubbish machine",
                "Every time's a bad time here since they cut our hours",
                "The owner's too tight to hire anyone else",
                "Yeah, head office thinks one person can run this place",
                "This place is a joke on Mondays",
                "People are so rude this morning",
                "it's this lot, everyone wants everything at once",
                "That's what came up on the screen",
                "It's not like I made it",
                "It's a hygiene thing",
                "It was a sale, love, first come first served",
                "My manager's really strict about freebies",
                "If you're not happy there's a café down the road",
                "Can't be perfect all the time",
                "You'd have had it if you'd come Monday",
                "If I do, I'm blaming you, haha",
                "I'll just say you insisted",
                "Sorry, that'll be the morning rush, everyone grabs whatever's nearest",
                "But they never listen to us",
                "You must not have heard it over the noise",
                "Well it's not my mistake, I just hand them out",
                "The barista's had a nightmare morning",
                "It'll have to go to the back of the queue",
                "Not just you, everyone's waiting",
                "That's a bit harsh, we work really hard here",
                "It's been chaos since the new manager took over",
                "Can't control when the lorry turns up",
                "I can't just magic it out of thin air",
                "Honestly they treat us like robots here",
                "The regulars are all in a mood",
                "Company rules.",
                "I haven't stopped since six and nobody helps",
                "Whoever does the rota wants shooting",
                "They don't pay me enough to care, love",
                "Ha, the boss is off on holiday and left us to it, as usual",
                "Kev's on his phone out back again, so I'm doing everything",
                "It's the customers, they all want fancy stuff at the same time",
                "this lot ordering seventeen frappes didn't help",
                "The machine is ancient and they won't replace it, so what can I do.",
                "Someone didn't turn up again",
                "Mate, if management gave us one more person we'd be fine",
                "everyone's been rude to me all morning",
                "blame the staffing",
                "That's one for the bar, I just take the orders",
                "it's a rule.",
                "It was $2.50, the bar should have had it in the first place honestly",
                "ask reception maybe?",
                "I don't know why I bother",
                "nobody upstairs appreciates it",
                "Tell me about it, they've got me doing three jobs at once",
                "It's my manager, he schedules like a lunatic",
                "they won't spend a penny on it",
                "If the boss actually hired people we wouldn't be in this mess",
                "Hmm, it was called out as Dana though",
                "People do tend to grab whatever's closest at this time",
                "You're not the only person who's been waiting",
                "Ugh, Tom's on the bar today, he's always mixing things up",
                "The other barista must have read the name wrong",
                "I keep telling the bar manager to get some in but he never listens",
                "honestly, the people who run this place are clueless",
                "it's above my pay grade",
                "The supplier let us down this week",
                "Yeah my manager would probably kill me to be fair",
                "Sorry, it's just my manager's been on at me all morning",
                "The owner's never here and we do all the work",
                "we're short again because nobody wants to work Mondays",
                "Nobody turned up and the machine's broken",
                "If they paid us properly maybe more people would stay",
                "that's head office.",
                "Well, it's not me who orders the loaf",
                "The rota's a joke",
                "Whoever does the scheduling should try working a Monday",
                "My manager thinks we're robots apparently",
                "Barely, thanks to Jake calling in sick for the third Monday in a row",
                "Ugh, these commuters have no patience at all",
                "Honestly the steam wand's been broken for weeks and nobody upstairs will pay to fix it",
                "Mate, the owner wouldn't know hard work if it bit him",
                "Half the staff quit last month and they still haven't replaced them",
                "Honestly the barista today is hopeless",
                "Yeah, the bar's hopeless with stock",
                "my manager's a stickler for that",
                "Whoever does the ordering clearly can't count",
                "Yes, alright, I heard you the first time",
                "we're not a delivery service"
            })
    void shouldReadADeflectionsWords(String clause) {
        assertThat(Disclaimer.disowns(segmenter.segment(clause).get(0))).isTrue();
    }

    /** A sentence with a negator is split at its commas: the blame is the clause after. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "That was the barista, not me.",
                "The barista made it, not me!",
                "That's the bar's job, not mine."
            })
    void shouldReadBlameLaidOnSomebodyElseAfterAComma(String sentence) {
        assertThat(segmenter.segment(sentence))
                .filteredOn(Disclaimer::disowns)
                .extracting(Segment::text)
                .containsExactly(sentence.substring(sentence.indexOf("not m")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It wasn't me who made it",
                "Not my fault, the new barista made it",
                "You should have booked ahead",
                "That's on the manager",
                "The morning lot didn't put the order in",
                "that was the other barista not me",
                "Management's choice not mine",
                "You should've said something sooner",
                "I wasn't on those days",
                "The opening team forgot the bakery order",
                "Drinks are really the bar's thing not mine",
                "They're the ones who should've had it in the first place",
                "The boss is breathing down my neck",
                "If people would just decide what they want before they get to the front",
                "Head office keeps shorting us on the gift sets",
                "It had a name on it, so you grabbed Dan's by the look of it",
                "It's not like you're the only one waiting",
                "Well the loaf sells out fast, you need to come earlier",
                "That's what the ticket says, sorry",
                "That's what you ordered though",
                "Well Dan and Dana are pretty close, easy mistake to make on your part",
                "That was your mistake, not ours",
                "you'd have to come in before eight to get one",
                "the bar never orders enough",
                "Did you say oat when you ordered?",
                "It says Dan on it because you must have given the wrong name"
            })
    void shouldReadBlameLaidOnSomebodyElse(String clause) {
        assertThat(Disclaimer.blames(segmenter.segment(clause).get(0))).isTrue();
    }

    /** Helplessness and rules disown the problem without saying whose doing it was. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "There's nothing I can do about the prices",
                "Refunds are not my department",
                "It's head office policy, I'm afraid",
                "Rules are rules, I'm afraid",
                "I don't think the manager would go for it"
            })
    void shouldNotCallHelplessnessBlame(String clause) {
        Segment segment = segmenter.segment(clause).get(0);

        assertThat(Disclaimer.disowns(segment)).isTrue();
        assertThat(Disclaimer.blames(segment)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sorry, that's on me",
                "It's on the house today",
                "I should have checked the name on the cup",
                "The kitchen doesn't do a gluten-free one, but I can ask for a salad",
                "There's plenty I can do: let me ring the other branch",
                "I'll help you find one",
                "We were supposed to get more on Tuesday, so I'll ring and chase it for you",
                "That's my fault, not yours",
                "We gave you Dan's by mistake, I'm so sorry",
                "You're not the only one to ask, it sold out on Monday",
                "It's nobody's fault, these things happen, and I'll sort it",
                "Mistakes happen when it's this busy, sorry!",
                "It's not your fault at all",
                "That was never your fault",
                "I can do something about that right now",
                "That's the best jar for you",
                "Not me personally, but it's our mistake and I'll fix it",
                "It's not you, it's us: let me fix it",
                "Whether it was me or not, I'm sorry",
                "Sorry, we only do Pepsi",
                "Shall I just do you a fresh one?",
                "I'll ask the kitchen to keep one aside for you",
                "My manager won't mind at all, it's yours",
                "If you want to come in early tomorrow, I'll save you one",
                "I'll need to come in earlier myself to bake more",
                "Don't worry, you won't get in trouble for it",
                "Our barista will make you a fresh one right now",
                "My colleague will bring it over in two minutes",
                "It's your choice, whichever you like",
                "I wasn't expecting you so early, what a treat",
                "The new girl is brilliant, so we're coping",
                "I've tried three times and the warehouse keeps coming up empty",
                "The warehouse keeps saying no",
                "The warehouse keeps telling us it's coming",
                "It's down to me, sorry",
                "What can I do to make it right?",
                "Let me see what I can do",
                "It's nothing to do with you, honestly",
                "Nobody here minds at all",
                "You'll have to let me know if you want it wrapped",
                "People are so lovely round here",
                "Everyone's being really patient, thank you",
                "My manager thinks you'll love it",
                "The owner's lovely, she'd want you to have it",
                "It's down to us to put it right",
                "I'm not blaming you at all",
                "If you're not happy with it, I'll make you another",
                "We're strict about freshness, so it's baked this morning",
                "They always listen to us",
                "It's not your mistake, it's ours",
                "It's nobody's fault, these things happen, and I'll sort it",
                "Mistakes happen when it's this busy, sorry!",
                "I'll put you at the front of the queue",
                "Not just yours, the whole batch was wrong, so I'm remaking them all",
                "The company rules say the customer comes first, so here you go",
                "No trouble, I'm doing everything I can to get you that Coke",
                "Honestly, it's the customers like you that make this job great",
                "Sorry, they didn't turn up in this week's delivery either",
                "What can I do to make it right?",
                "Nobody does a cinnamon bun like ours",
                "Let me ask the manager if I can pop out for five minutes",
                "I'll just take the orders through and then run to the shop",
                "No mistake on your part at all, that's on us",
                "They've got me doing the latte art today, ha",
                "It's my manager's first week, so we're all learning",
                "Nobody here minds, honestly",
                "I'm clueless about cocktails, but the iced tea is lovely",
                "We dropped the ball, I'm so sorry",
                "I keep a few cans in the staff fridge, let me check",
                "That's head office's best seller, you'll love it",
                "The rota's great this week, we've a full team",
                "The barista today is brilliant, you'll love your latte",
                "We haven't replaced the oat milk brand, don't worry"
            })
    void shouldLeaveOwningAndHelpingAlone(String clause) {
        assertThat(Disclaimer.disowns(segmenter.segment(clause).get(0))).isFalse();
    }
}
