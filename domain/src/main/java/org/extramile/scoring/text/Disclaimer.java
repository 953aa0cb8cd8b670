package org.extramile.scoring.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a clause disowns the problem: the phrases of deflection that service trainers name (helplessness, "not my
 * job", blaming the customer, blaming a colleague or head office). Specific phrases, not broad synonyms, as for every
 * penalty: "sorry, that's on me" owns the mistake, "that's on them" disowns it; "I should have checked" owns it, "you
 * should have come earlier" blames.
 */
public final class Disclaimer {

    private static final String THIRD_PARTY =
            "(?:head office|corporate|management|(?:the |my |our )?(?:manager|supervisor|owners?|boss"
                    + "|warehouse|depot|distributor|supplier|bakery|kitchen|system|new (?:guy|girl|lad|kid|starter|barista)"
                    + "|barista|colleague|co-?worker|(?:guy|girl|lad|bloke|kid) on (?:the )?(?:bar|machine|till|tills)|buyers?"
                    + "|delivery (?:guys|drivers?|lads|men|people)"
                    + "|couriers?|(?:morning|night|early|late|last|other|opening|closing|weekend|monday|tuesday|wednesday"
                    + "|thursday|friday|saturday|sunday|bar|kitchen) (?:shift|lot|team|crew)))";

    /** Helplessness, "not my job", a rule or a superior put first: the problem is left where it is. */
    private static final List<Pattern> HELPLESSNESS = List.of(
            // Helplessness.
            Pattern.compile("\\b(?:nothing|not (?:much|a lot|a thing|anything)|little) (?:more )?(?:i|we) can"
                    + " (?:do|change)\\b"),
            Pattern.compile("\\b(?:can'?t|cannot|can not) (?:really )?do (?:anything|much|a thing) about\\b"),
            Pattern.compile(
                    "\\b(?:out of|outside(?: of)?|beyond) (?:my|our|the store's|store) (?:hands|control)\\b(?! now and| and into)"),
            Pattern.compile("\\bleft (?:me|us) no choice\\b"),
            Pattern.compile("\\b(?:above|beyond|over) my pay ?grade\\b"),
            // The store's mistake paid for by her: "you'll have to wait your turn", "you need to go back in the line".
            Pattern.compile("\\byou(?:'?ll|'?d| will| would)? (?:have|need) to (?:wait your turn|queue"
                    + "|(?:get|go) back (?:in|to|into) (?:the )?(?:end of the )?(?:line|queue|till|counter|register)"
                    + "|pay (?:for (?:it|that|another) )?again|pay for (?:a new|another) one|order (?:it |another )?again"
                    + "|reorder)\\b"),
            Pattern.compile("\\b(?:go|get|join) (?:to )?the back of the (?:queue|line)\\b"),
            Pattern.compile("\\bwait (?:in line |in the queue )?like (?:everyone|everybody) else\\b"),
            // A condition put on the remake: "Can I see your receipt? I need it before I can make a new one."
            Pattern.compile("\\b(?:can|could|may) i (?:see|have|get) (?:your|the) receipt\\b"),
            Pattern.compile("\\bi(?:'ll| will|'d| would)? need (?:to see )?(?:your|the) receipt\\b"),
            // The floor not left, the money not taken: "I can't leave the floor", "I can't take money".
            Pattern.compile("\\bi (?:can'?t|cannot|can not|am not able to|'m not able to) leave (?:the|my) (?:floor"
                    + "|section|tables|station|post|restaurant|shop|counter|till)\\b"),
            Pattern.compile("\\bi (?:can'?t|cannot|can not|'m not allowed to|am not allowed to) take (?:money|cash"
                    + "|payment)\\b"),
            Pattern.compile("\\byou'?ll have to pay (?:at|for it at) the (?:bar|till|desk|reception)\\b"),
            Pattern.compile("\\b(?:get|got|be|been) (?:written up|disciplined)\\b"),
            Pattern.compile("\\b(?:nothing|not (?:much|a lot)) (?:to be done|(?:i|we) (?:can|could) do)\\b"),
            Pattern.compile("\\bnothing (?:i|we) (?:can|could) do\\b"),
            Pattern.compile("\\b(?:can't|cannot|can not) help(?: you)?(?: there| with that)?\\s*[,.!]?$"),
            Pattern.compile("\\bthat'?s (?:just )?(?:how it (?:goes|is)|the way it (?:goes|is))\\b"),
            Pattern.compile("\\bit is what it is\\b"),
            // A shrug that closes the clause: "what can you do", not "let me see what I can do".
            Pattern.compile("\\bwhat (?:can|could|else can) (?:you|ya|one) do\\s*(?:[?!.,]|$)"),
            // "so what can I do." shrugs; "What can I do?" may offer help, so only without a question mark.
            Pattern.compile("\\bso what (?:can|could) (?:i|we) do\\s*[!.]*$"),
            Pattern.compile("\\bnothing to do with (?:me|us)\\b"),
            Pattern.compile("\\bnot (?:really )?(?:down|up) to (?:me|us)\\b"),
            Pattern.compile("\\b(?:can'?t|cannot) (?:really )?control\\b"),
            Pattern.compile("\\bout of thin air\\b"),
            // "If it were up to me I'd remake it", "not really something I can fix from here", "the counter phone's
            // only for staff business": the trainee's wish put aside, the rule kept.
            // Rules and shrugs in other writers' words (look 123): "staff aren't really meant to be running errands",
            // "we're only meant to remake with a receipt", "health and safety and all that", "what to do".
            Pattern.compile("\\b(?:staff|we|i)(?:'re|'m| are| am)?(?:n't| not) (?:really )?(?:meant|supposed|allowed"
                    + "|permitted) to (?:be )?(?:run|leave|go|do|take|make|give|ring|phone|call|remake|serve|split)"),
            Pattern.compile("\\b(?:we'?re|we are|i'?m|i am) only (?:meant|supposed|allowed) to\\b"),
            Pattern.compile("\\bhealth and safety\\b"),
            Pattern.compile("^what to do\\W*$"),
            Pattern.compile("\\bhelpline\\b"),
            Pattern.compile("\\bon the (?:back|bottom) of (?:the|your) receipt\\b"),
            Pattern.compile("\\bi'?m (?:just|only) (?:the|a) (?:till|shelf|floor|bar|counter|checkout|register|weekend"
                    + "|new|junior) (?:girl|boy|guy|person|staff|lad|worker)\\b"),
            Pattern.compile("\\bi(?:'m| am) (?:just|only) (?:handing|serving|taking|bringing) (?:over |out )?(?:the )?"
                    + "(?:drinks|orders|food|coffees)\\b"),
            Pattern.compile("\\bi (?:just|only) really do\\b"),
            Pattern.compile("\\bget to it when i get to it\\b"),
            Pattern.compile(
                    "\\b(?:decided|done|handled|controlled) by (?:head office|regional office|area office|the purchase team|purchase team"
                            + "|purchasing|management|the owners?)(?: only)?\\b"),
            Pattern.compile("\\bnot having any control\\b"),
            Pattern.compile("\\bfrom my (?:end|side) i (?:cannot|can'?t|can not) do\\b"),
            Pattern.compile("\\b(?:customer care|customer line|customer services?) (?:number|line|email)\\b"),
            Pattern.compile("\\b(?:try|could try|could always try) ringing the customer\\b"),
            Pattern.compile("\\bwe never get told\\b"),
            Pattern.compile("\\b(?:feck|fuck|sod|bugger) all (?:anyone|we|i)(?: in here| here)? can do\\b"),
            Pattern.compile("\\bit'?s their call\\b"),
            Pattern.compile("\\bnot something i can just\\b"),
            Pattern.compile("\\bonly do one free\\b"),
            Pattern.compile("\\bif i (?:go|leave|went)\\b[^.!?]{0,40}\\bmy neck\\b"),
            Pattern.compile("\\bmy neck(?:'s| is)? on the line\\b"),
            Pattern.compile("\\bif it (?:were|was) (?:up to me|my (?:shop|store|call|decision|place|caf[eé]))\\b"),
            Pattern.compile(
                    "\\bnot (?:really )?(?:something|anything) (?:i|we) can (?:fix|do|change|help with|sort)\\b"),
            Pattern.compile("\\b(?:phone|line|landline)(?:'s| is) (?:only |just )?(?:for|meant for) (?:staff|internal"
                    + "|business|work|store)\\b"),
            // Her complaint waved away: "that's a bit harsh, we work really hard here".
            Pattern.compile("\\bthat'?s (?:a bit |quite |very |really )?harsh\\b"),
            // A rule named as the whole reason, closing the clause: "I can't leave the floor, company rules."
            Pattern.compile("(?:^|, )(?:company|store|shop|house|resort|hotel|head office) (?:rules|policy)\\W*$"),
            // Not my job.
            Pattern.compile(
                    "(?:\\bnot|n't) (?:really |exactly |strictly )?(?:my|our) (?:job(?! to make you| to send you)|problem|department|call|decision|choice|rule|idea|side of things|bag"
                            + "|responsibility|area|station|section|remit)\\b"),
            // "I don't order the stock, I just put it out": what is on the shelf is somebody else's doing.
            Pattern.compile(
                    "\\bi (?:just|only) (?:put|hand) (?:it|them|the stock|stuff|things|drinks|the drinks) out\\b"),
            Pattern.compile("\\bi (?:don'?t|do not) (?:order|choose|pick|decide) (?:the stock|what we)\\b"),
            // "That's one for the bar, I just take the orders": the question handed to whoever else.
            Pattern.compile("\\bi (?:just|only) (?:take|bring|carry|serve) (?:the )?(?:orders|food|plates|drinks)\\b"),
            Pattern.compile(
                    "\\bthat'?s (?:really )?(?:one|a question|something) for (?:the )?(?:bar|kitchen|reception|front desk|customer services?"
                            + "|manager|management|head office)\\b"),
            Pattern.compile(
                    "^(?:maybe |just |try )?ask (?:at )?(?:reception|the front desk|the bar|the manager|head office"
                            + "|someone else)\\b"),
            Pattern.compile("(?:^|, )it'?s (?:a|the) rule\\W*$"),
            // "I just do the stocking"; not a fact about the stock ("we only do Pepsi") or an offer ("I'll just do
            // you a fresh one").
            Pattern.compile(
                    "\\bi (?:just|only) (?:do|make|work|run|serve|stack|pour) (?!(?:you|it|that|this|one|a|an)\\b)"
                            + "(?:the )?\\w+"),
            Pattern.compile("\\bi'?m not (?:a|the) \\w+ (?:service|department|desk)\\b"),
            // "I don't deal with stock": somebody else's job.
            Pattern.compile(
                    "\\bi (?:don'?t|do not) (?:deal with|handle|do|look after) (?:the )?(?:stock|ordering|orders"
                            + "|refunds|complaints|deliveries)\\b"),
            Pattern.compile("\\b(?:(?:don't|do not) think|doubt) " + THIRD_PARTY + " (?:would|will|'d)"
                    + " (?:go for it|approve|allow it|have it|like it)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:wouldn't|won't|would never|will never|would not|will not)"
                    + " (?:go for it|approve|allow it|have it|like it)\\b"),
            // Her wish weighed against the trainee's own standing: "I'd get a warning", "I'll get told off".
            Pattern.compile(
                    "\\bi(?:'d| would|'ll| will| could| might|'m gonna)(?: probably| definitely| totally)?"
                            + " (?:get|be) (?:a warning|told off|in trouble|sacked|fired|written up)\\b(?<!no way i'd get in trouble)"),
            Pattern.compile("\\brules (?:are rules|and all)\\b"),
            Pattern.compile("\\bno point (?:me |us |in )?(?:calling|ringing|phoning|trying|checking|asking)\\b"),
            Pattern.compile(
                    "\\b(?:it'?s|that'?s|it is|that is) (?:just )?(?:head office|company|store|our|resort|hotel|shop|bar|house) policy\\b"),
            Pattern.compile("\\bpolicy says\\b"),
            // A rule of some other kind as the shelter: "it's a hygiene thing", "first come first served".
            Pattern.compile("\\b(?:it'?s|that'?s) (?:a|an) (?:hygiene|health and safety|safety|insurance|legal)"
                    + " (?:thing|rule|issue)\\b"),
            Pattern.compile("\\bfor (?:hygiene|health and safety|safety|insurance) reasons\\b"),
            Pattern.compile("\\bfirst come,? first served\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| is| are|'re) (?:really |very |super |quite |so )?strict\\b"),
            // Sent elsewhere: "if you're not happy there's a café down the road".
            Pattern.compile("\\bif you'?re not happy,? (?:there'?s|go|try|you can (?:always )?(?:go|try))\\b"),
            Pattern.compile("\\b(?:we )?(?:can'?t|cannot) be perfect\\b"),
            // "Policy is we charge full price", not "our policy is that the guest comes first".
            Pattern.compile("\\bpolicy is (?:that )?(?:we (?:charge|can't|cannot|don't|have to)|you (?:have to"
                    + "|need to|pay|'ll have to)|no)\\b"),
            Pattern.compile(
                    "\\b(?:take it up with|complain to|you'?ll have to ask) (?:my|the|our|head|someone|her|him|them)\\b"),
            // The buck passed: "you'd have to ask the manager", "you'll need to speak to whoever took your order".
            Pattern.compile("\\byou(?:'?ll|'?d| will| would) (?:have|need) to (?:ask|speak to|talk to|check with|see)"
                    + " (?:my|the|our|whoever|someone|somebody)\\b"),
            Pattern.compile(
                    "\\byou(?:'?ll|'?d| will| would) (?:have|need) to (?:email|contact|write to|ring|call|phone)"
                            + " (?:customer services?|head office|the company|our head office|the manager|management)\\b"),
            // A superior's anger put before her: "my supervisor would have my head".
            Pattern.compile("\\b" + THIRD_PARTY
                    + " (?:would|will|'d|'ll) (?:probably |definitely |literally |actually |totally )?"
                    + "(?:have my head|kill me|go mad|go spare|hit the roof|kick off|sack me|fire me|have a fit|lose it|flip|freak out|go nuts|not be happy)\\b"
                    + "(?! if i (?:let|didn'?t|did not|don'?t|took|charged))"));

    /** Blame laid on the customer, a colleague or head office: the problem is somebody else's doing. */
    private static final List<Pattern> BLAME = List.of(
            // "Not my fault": the blame is somebody else's.
            Pattern.compile("(?:\\bnot|n't) (?:really |exactly |strictly )?(?:my|our) (?:fault|mistake)\\b"),
            // "That's on them", not "it's on the house".
            Pattern.compile("\\b(?:that'?s|it'?s|that is|it is) on (?:them|him|her|" + THIRD_PARTY + ")\\b"),
            // Blaming the customer.
            // "You need to come earlier": her timing, not the store's stock, is made the trouble.
            Pattern.compile(
                    "\\byou(?:'ll|'d|'ve| will| would)?(?: just| really)? (?:need|have|should|must|ought|gotta|got|could(?: always)?)(?: to)?"
                            + " (?:come|get here|be here|come in|pop in|shop|get in) (?:in |here )?(?:a bit |a little )?(?:earlier|sooner|early"
                            + "|first thing|before (?:opening|eight|seven|six|nine|ten|\\d))\\b"),
            // "That's what the ticket says": the order she gave is made the mistake.
            Pattern.compile(
                    "\\bthat'?s what (?:the (?:ticket|receipt|docket|screen|order|till) says|(?:it )?says on the"
                            + " (?:ticket|receipt|docket|screen|order)|you (?:ordered|asked for|said))\\b"),
            Pattern.compile("\\byou (?:really |honestly |just )?(?:should|could|would)(?: have|'ve) (?:come|been|asked"
                    + "|ordered|checked|double[- ]?checked|got|grabbed|booked|called|read|looked|bought|said|told|mentioned|noticed"
                    + "|spoken up)\\b"),
            Pattern.compile(
                    "\\byou (?:must|might|may)(?: not|n't)(?: have|'ve) (?:heard|seen|noticed|listened|checked)\\b"),
            Pattern.compile("\\byou (?:must|might|may)(?: have|'ve) (?:picked|grabbed|taken|took|misheard|misread"
                    + "|ordered|got|mixed|given|gave|said|written|put)\\b"),
            Pattern.compile("\\byou'?d have been better off\\b"),
            // "So you grabbed Dan's": her drink was handed out wrong, and the trainee says she took it.
            Pattern.compile("\\byou (?:grabbed|took|picked up|walked off with) (?:dan'?s|someone else'?s"
                    + "|somebody else'?s|the wrong|his|another)\\b"),
            // Impatience laid on her: "it's not like you're the only one waiting".
            // "Everyone's waiting, not just you": a sentence with a negator is split at its commas.
            Pattern.compile("^not (?:just|only) you\\b"),
            Pattern.compile(
                    "\\b(?:not like you'?re the only one|you'?re not the only one (?:waiting|in the queue"
                            + "|in the line|here)|you'?re not the only (?:person|customer|one) (?:who'?s|who has|that'?s) (?:been )?waiting)\\b"),
            // "It was called out as Dana", "I did call your name": she missed it, not the store.
            Pattern.compile(
                    "\\b(?:it was|i|we) (?:definitely |clearly |did )?(?:called|shouted) (?:it )?out\\b(?! \\w+ and handed| the wrong)"),
            Pattern.compile("\\bi (?:did|definitely|clearly) call(?:ed)? (?:your name|it out|out)\\b"),
            Pattern.compile("\\bif you'?d (?:bought|come|asked|ordered|got|grabbed) (?:it|them|one|in|earlier)\\b"),
            Pattern.compile("\\bif you'?d (?:asked|checked|looked|read|done)\\b"),
            Pattern.compile("\\byou'?d (?:have|'ve) (?:had|got|gotten) (?:it|one|them) if\\b"),
            // The trouble handed to her, if only in jest: "if I do, I'm blaming you", "I'll just say you insisted".
            Pattern.compile("\\bi(?:'m| am|'ll| will)(?: just)? (?:blam(?:e|ing) you|say(?:ing)? you (?:insisted|asked"
                    + "|made me|begged))\\b"),
            // "Everyone grabs whatever's nearest": the mix-up laid on the customers.
            Pattern.compile(
                    "\\b(?:everyone|everybody|people|customers) (?:just |do |tend to |always )*(?:grabs?|takes?|picks? up)"
                            + " (?:whatever|anything|any old|the first|the wrong)\\b"),
            Pattern.compile("\\b(?:they|he|she) (?:never|don'?t|doesn'?t|won'?t) listens?\\b"),
            // "I keep telling the bar manager to get some in": the gap laid on whoever does not listen.
            Pattern.compile("\\bi (?:keep|kept|'ve kept|have kept) (?:telling|asking|nagging) (?:the |my |our )?(?:bar"
                    + " manager|manager|boss|bar|management|head office|them|him|her)\\b"),
            Pattern.compile(
                    "\\b(?:are|'re|is|'s) (?:so |totally |completely |absolutely |just )?(?:clueless|incompetent)\\b"),
            Pattern.compile("\\btak(?:e|es|ing) it out on me\\b"),
            Pattern.compile("\\bare you sure you (?:didn't|did not|ordered|asked|said|picked|grabbed|took)\\b"),
            Pattern.compile("^(?:should|shoulda|should've|should have) (?:come|been|asked|ordered|checked)\\b"),
            // Blaming a colleague or head office.
            // Blame, not a fact: "head office never sends enough", not "the bar doesn't have any" nor "the warehouse
            // keeps coming up empty", which says what the store has tried.
            Pattern.compile(
                    "\\b" + THIRD_PARTY + " (?:never|won't(?! mind)"
                            + "|keeps?(?! (?:coming (?:up|back)|saying|telling|being out|running out|selling out))|forgot|messed|mixed|cuts?|shorted"
                            + "|didn't bother|doesn't care|don't care|doesn't listen|don't listen|can't keep up"
                            + "|must(?:'ve| have| of) (?:swapped|mixed|messed|given|misread|misheard|read|written|wrote|put|called))\\b"),
            // "The bar should have had it in the first place".
            Pattern.compile(
                    "\\b(?:the )?(?:bar|kitchen|they|management|head office|warehouse|supplier|bakery)(?: staff)?(?:,? who)?"
                            + " should(?:'ve| have| of) (?:had|ordered|stocked|sent|got|known)\\b"),
            // "They've left me on my own", "since they cut our hours": the rush laid on those who staff it.
            Pattern.compile("\\b(?:they|" + THIRD_PARTY + ")(?:'ve| have)? (?:left me (?:on my own|alone|to it)"
                    + "|cut (?:our|my|the) (?:hours|staff|team))\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| is| are|'re)? (?:too (?:tight|cheap|stingy) to"
                    + "|(?:thinks?|seems to think|reckons?) (?:one person|we can|i can))\\b"),
            // The place itself, or the customers, made the trouble: "this place is a joke", "people are so rude".
            Pattern.compile("\\bthis (?:place|job|shop|company)(?:'s| is) (?:a joke|a nightmare|a shambles|rubbish"
                    + "|hopeless|useless)\\b"),
            Pattern.compile(
                    "\\b(?:people|customers|everyone|everybody|the regulars)(?:'s| are| is|'re| has| have|'ve)(?: being"
                            + "| been| so| really| just| all)* (?:rude|horrible|impatient|demanding|a nightmare|in a mood|grumpy|moody)\\b"),
            Pattern.compile("\\btreat us like (?:robots|slaves|dirt|machines)\\b"),
            Pattern.compile("\\bsince (?:the |our |my )?(?:new )?(?:manager|boss|owners?|management|supervisor"
                    + "|head office) (?:took over|started|arrived|came in)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| has)(?: had)? a (?:nightmare|shocker|mare|bad) (?:morning|day"
                    + "|shift|week)\\b"),
            Pattern.compile("\\bit'?s (?:this|that) lot\\b"),
            // The screen made the mistake: "that's what came up on the screen", "it's not like I made it".
            Pattern.compile("\\bthat'?s what (?:came up|was|it said) on the (?:screen|ticket|docket|till|order)\\b"),
            Pattern.compile("\\b(?:it'?s|it is) not like (?:i|we) (?:made|poured|did)\\b"),
            Pattern.compile("\\b(?:blame|thank) (?:the )?" + THIRD_PARTY + "\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| has| have|'ve) been (?:useless|hopeless|rubbish|a nightmare"
                    + "|terrible|awful)\\b"),
            // "The new guy's useless", "management is a joke".
            Pattern.compile("\\b" + THIRD_PARTY
                    + "(?: over there| there| today| on today| this morning)?(?:'s| is| are|'re| was| were)(?: so| totally"
                    + "| completely| absolutely| just"
                    + "| bloody)? (?:useless|hopeless|clueless|lazy|incompetent|rubbish|a joke|a nightmare|a disaster|a shambles"
                    + "|slo+w)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:didn't|did not) (?:put|send|order|bother)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY
                    + "(?:'s| has| have|'ve)? (?:really )?(?:let (?:us|me) down|dropped the ball)\\b"),
            // "Tom's on the bar today, he's always mixing things up".
            Pattern.compile("\\b(?:he|she|they)(?:'s| is|'re| are) always (?:mixing|messing|getting (?:it|things|orders"
                    + "|names) wrong|forgetting)\\b"),
            // "The new guy on bar, he keeps mixing up names", "the new guy is still learning".
            Pattern.compile("\\b" + THIRD_PARTY + "(?: [a-z]+){0,3},? (?:(?:he|she|they) )?(?:keeps? (?:mixing"
                    + "|messing|getting|forgetting)|(?:is|'s|are|'re) still learning)\\b"),
            Pattern.compile("\\b(?:she|he)'?s still learning\\b"),
            Pattern.compile("\\b(?:couldn't|could not|can't|didn't|did not) be bothered\\b"),
            // Fresh answers of look 118: "the rota's a joke", "whoever does the scheduling should try working a
            // Monday", "my manager thinks we're robots", "nobody upstairs will pay to fix it", "the owner wouldn't know
            // hard work if it bit him", "they still haven't replaced them", "whoever does the ordering can't count".
            Pattern.compile(
                    "\\b(?:the |our )?(?:rota|schedule|scheduling|ordering|bar)(?: here)?(?:'s| is) (?:such )?(?:a mess|a joke|a shambles"
                            + "|hopeless|useless|rubbish|a nightmare)\\b"),
            Pattern.compile(
                    "\\bwhoever (?:does|did|wrote|writes|makes|made|plans|planned|sorts) (?:the |our )?(?:drinks |stock )?(?:rota"
                            + "|schedul\\w*|ordering|orders|staffing)\\b"),
            Pattern.compile("\\bshould (?:try|have a go at) (?:working|doing|running) (?:a|the|this|one)\\b"),
            Pattern.compile("\\bthinks? (?:we'?re|we are|i'?m|i am) (?:robots?|machines?|superhuman|octopus\\w*)\\b"),
            Pattern.compile("\\b(?:nobody|no one|no-one) (?:upstairs|in charge|at the top|at head office)\\b"),
            Pattern.compile("\\bwouldn'?t know [a-z ]{2,40} if it (?:bit|hit|slapped|smacked)\\b"),
            Pattern.compile("\\b(?:still )?(?:haven'?t|have not|hasn'?t|has not) (?:bothered to )?(?:replaced?|hired?)"
                    + " (?:them|him|her|anyone|anybody)\\b"),
            Pattern.compile("\\b(?:clearly|obviously) can'?t (?:count|read|spell)\\b"),
            Pattern.compile("\\b(?:these|the|some) (?:commuters|customers|people|tourists|guests)(?: today| round here"
                    + "| here)? (?:have no|'ve got no|got no) (?:patience|manners)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| is) (?:a (?:real )?stickler|a nightmare about)\\b"),
            Pattern.compile("\\b(?:he|she|they|the (?:baristas|staff|team|others)|" + THIRD_PARTY + ")(?:'s| is|'re"
                    + "| are) always (?:mixing|messing|swapping|getting (?:it|things|orders|names) wrong|forgetting|faffing"
                    + "|skiving|slacking|on (?:her|his|their) phone)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " must(?: have|'ve) (?:glitched|messed|mixed|printed|read|got)\\b"),
            Pattern.compile("\\b(?:a|the) (?:bakery|warehouse|supplier|head office|management|kitchen) thing\\b"),
            Pattern.compile("\\bwe (?:just|only) (?:sell|serve|stock|get) what (?:they|head office|the bakery|the"
                    + " warehouse|we'?re) (?:send|give|sent|gave|deliver)\\b"),
            Pattern.compile(
                    "\\b(?:told|asked|reminded|begged) (?:(?:them|him|her|'em) )?(?:a hundred|a million|a thousand|so many|loads of|countless"
                            + "|umpteen) times\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:wasn'?t|was not|isn'?t|is not|won'?t be|will not be) (?:very )?"
                    + "(?:happy|pleased|thrilled|impressed)\\b"),
            Pattern.compile("\\blet'?s not make a habit of (?:it|this)\\b"),
            Pattern.compile("\\bi (?:don'?t|do not) get (?:paid )?(?:commission|paid enough|paid for)\\b"),
            // Her asking again made the trouble: "Yes, alright, I heard you the first time."
            Pattern.compile("\\bi heard you the first time\\b"),
            // The errand handed back to her: "you'll have to go yourself, we're not a delivery service".
            Pattern.compile("\\b(?:we'?re|we are|i'?m|i am) not a (?:delivery|taxi|courier|errand) service\\b"),
            // "That's down to the bakery"; "it's down to me" owns it.
            Pattern.compile("\\bdown to " + THIRD_PARTY + "\\b"),
            // Colleagues called names or said to do nothing: "the idiots who called in sick", "nobody here lifts a
            // finger".
            Pattern.compile("\\b(?:the|those|these|that|some) (?:idiots?|muppets?|clowns?|morons?|numpties|numpty"
                    + "|plonkers?|lazy (?:lot|sods?|gits?|so and sos?))\\b"),
            Pattern.compile(
                    "\\b(?:nobody|no one|no-one|none of them)(?: else| here| around here| upstairs| up there)? (?:lifts a finger"
                            + "|pulls their weight|does (?:anything|a thing|their job)|helps|bothers|cares|appreciates|notices)\\b"),
            Pattern.compile("\\bdon'?t know why i (?:bother|even bother)\\b"),
            // "They've got me doing three jobs at once".
            Pattern.compile(
                    "\\b(?:they'?ve|they have|" + THIRD_PARTY
                            + "(?:'s| has)) got (?:me|us) doing (?:everything|it all|the work of|(?:two|three|four|five|\\w+ people's) jobs)\\b"),
            // "It's my manager, he schedules like a lunatic"; not "it's my manager's call" (read above).
            Pattern.compile("^it'?s (?:my|the|our) (?:manager|boss|supervisor|management|head office)\\b(?!'s)"),
            // The rush laid on those who staff it, or on the other customers: "they expect two of us to do the work
            // of five", "the boss left us to it", "Kev's on his phone, so I'm doing everything", "if management gave us
            // one more person", "someone didn't turn up again", "it's the customers".
            Pattern.compile("\\bthey expect (?:me|us|one|two|just)\\b"),
            Pattern.compile("\\bwants? (?:shooting|sacking|firing|locking up)\\b"),
            Pattern.compile("\\b(?:don'?t|do not|doesn'?t|does not) pay (?:me|us) enough\\b"),
            Pattern.compile("\\bleft (?:me|us) (?:to it|on (?:my|our) own|to fend for)\\b"),
            Pattern.compile("\\b(?:i'?m|i am|i'?ve been) (?:doing|carrying) (?:everything|it all|all of it|everyone"
                    + "|the lot|her|him|them)\\b(?! (?:i|we) can)"),
            Pattern.compile("\\bit'?s (?:the|these) (?:customers|tourists|office lot)\\b(?! like| who| that)"),
            Pattern.compile("\\b(?:this|that) lot (?:\\w+ ){0,4}(?:didn'?t|did not) help\\b"),
            Pattern.compile("\\bthey (?:won'?t|will not|refuse to) (?:replace|fix|hire|get us|give us|pay|spend)\\b"),
            Pattern.compile("\\b(?:someone|somebody|nobody|no one|he|she|half the team|" + THIRD_PARTY
                    + ") (?:didn'?t|did not|never) (?:turn|show) up\\b"),
            Pattern.compile("\\b(?:rang|called|phoned|calling|ringing|phoning) in sick (?:again|as usual|for the"
                    + " \\w+ (?:time|day|week|monday))\\b"),
            Pattern.compile("\\b(?:nobody|no one|no-one) (?:turned|showed) up\\b"),
            Pattern.compile(
                    "\\bif (?:management|head office|the boss|the owners?|they) (?:would |'d )?(?:actually |just |ever )?(?:gave|give|hired"
                            + "|hire|paid|pay)\\b"),
            Pattern.compile("\\bblame (?:the |our |my )?(?:staffing|rota|staff shortages?|cuts)\\b"),
            Pattern.compile("\\bthat'?s (?:the )?" + THIRD_PARTY + " for (?:you|ya|ye)\\b"),
            // "The bar never orders enough": the gap laid on whoever stocks it.
            Pattern.compile("\\b(?:the bar|they|" + THIRD_PARTY + ") (?:never|don'?t ever|do not ever) (?:orders?"
                    + "|(?:stocks?|gets?|keeps?) enough)\\b"),
            // "Did you say oat when you ordered?": her order made the mistake.
            Pattern.compile("\\bdid you (?:say|ask for|mention|specify|tell (?:us|me|them)) [^?]{1,30}when you"
                    + " (?:ordered|paid)\\b"),
            // Fault laid on somebody else ("management's fault", "their fault"); "my fault" owns it, "nobody's fault"
            // blames no one, and "it's not your fault" reassures.
            Pattern.compile("\\b(?<!not )(?<!n't )(?<!never )(?<!not the )(?<!not a )(?<!no )"
                    + "(?:(?!my\\b|our\\b|nobody|anybody|anyone|everyone)[a-z]+'s|their|his|her|your)"
                    + " (?:own )?(?:fault|mistake|error)\\b"),
            // "Easy mistake to make on your part"; "no mistake on your part" reassures.
            Pattern.compile("\\b(?<!no )(?<!not )(?<!n't )(?:mistake|error|slip|mix-?up|oversight)s? (?:[a-z]+ ){0,3}on"
                    + " your (?:part|end|side)\\b"),
            Pattern.compile("\\b(?:blame|thanks to) (?:them|those|that lot|the lot|whoever|him|her)\\b"),
            Pattern.compile("\\b(?!i\\b|we\\b)[a-z]+ (?:was|were) (?:meant|supposed) to\\b(?!.*\\b(?:i|we)\\b)"),
            // Somebody else did it: "it wasn't me", "that was the other barista not me", and "not me" opening a clause
            // ("that was the barista, not me" is two clauses: a sentence with a negator is split at its commas).
            Pattern.compile("\\b(?:wasn'?t|was not|weren'?t|were not) (?:me|us)\\b"),
            // Not there when it happened: "I wasn't on those days", "I wasn't in yesterday".
            Pattern.compile("\\bi (?:wasn'?t|was not) (?:on|in|here|working)(?: shift)? (?:that|those|then|yesterday"
                    + "|last)\\b"),
            // Somebody else decided it: "management's choice, not mine", "head office's decision".
            Pattern.compile(
                    "\\b(?:choice|decision|rule|idea|doing|fault|thing|job|area|department|problem|headache),? not"
                            + " (?:mine|ours)\\b"),
            // "They're the ones who should've had it", "the boss is breathing down my neck".
            Pattern.compile(
                    "\\b(?:they'?re|they are|he'?s|she'?s|he is|she is) the ones? (?:who|that) (?:should|rang|called|phoned|thinks|forgot"
                            + "|messed|didn't|never)\\b"),
            Pattern.compile("\\b(?:breathing down my neck|(?:is|'s|are|'re) on my back)\\b"),
            // "My manager's been on at me all morning", "the owner's never here and we do all the work".
            Pattern.compile("\\b(?:'s|has|have|'ve|is|are|'re) (?:been )?on (?:at (?:me|us)|my case)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| is|'re| are) never (?:here|around|in)\\b"),
            Pattern.compile("\\b(?:i|we) do (?:all|most) (?:of )?the work\\b"),
            Pattern.compile("\\b(?:nobody|no one|no-one) (?:wants|wanted) to work\\b"),
            // Impatience laid on her: "if people would just decide what they want".
            Pattern.compile("\\bif (?:(?:people|customers) (?:would |could )?|you (?:would|could) )just\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s|') (?:choice|decision|rule|idea|doing)\\b"),
            Pattern.compile("\\b(?:it|that)(?: was| were|'s| is) [^,.!?]{2,40}? not (?:me|us)\\b"),
            // "It's not me who orders the loaf": the job is somebody else's.
            Pattern.compile("\\b(?:it|that)(?:'s| is| was) not (?:me|us|my job|our job) (?:who|that)\\b"),
            // "I can't match their prices anyway, that's head office": the decision named as somebody else's.
            Pattern.compile("^that'?s (?:just )?" + THIRD_PARTY + "\\W*$"),
            // Fresh answers of look 122, written by others than the scorer's authors: "it's their mess not ours",
            // "the computer's always wrong", "someone else does the ordering", "the pay here's awful", "the boss has
            // got us on skeleton staff", "not that anyone upstairs cares", "if the new guy could actually steam milk",
            // "one of me doing the job of three", "she's on her third fag break", "no thanks to the girl at Market
            // Street", "they print the names all wrong", "this is what happens when they leave two of us on".
            Pattern.compile("\\b(?:their|his|her|head office'?s|management'?s) mess\\b"),
            Pattern.compile("\\b(?:they'?re|they are|he'?s|he is|she'?s|she is|[a-z]+ over there(?:'s| is))"
                    + " (?:so |totally |completely |absolutely |just |bloody |honestly )?(?:useless|hopeless|clueless"
                    + "|incompetent|a joke|a nightmare|a disaster)\\b"),
            Pattern.compile(
                    "\\b(?:computer|system|till|app|tablet|printer)(?:'s| is) (?:always|usually|often) wrong\\b"),
            Pattern.compile(
                    "\\b(?:someone|somebody) else (?:does|handles|deals with|orders|is in charge of|looks after)\\b"),
            Pattern.compile("\\bthe (?:pay|money|wages?)(?: here| in this place)?(?:'s| is| are) (?:awful|rubbish"
                    + "|terrible|a joke|crap|shocking|pathetic)\\b"),
            Pattern.compile("\\bskeleton (?:staff|crew)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:moans?|shouts?|yells?|has a go|goes off) at (?:me|us)\\b"),
            Pattern.compile(
                    "\\bnot (?:that|like) (?:anyone|anybody|they|management)(?: upstairs| here| round here| in charge)?(?: ever| will)?"
                            + " (?:cares|listens|notices|picks up|answers)\\b"),
            Pattern.compile("\\bif " + THIRD_PARTY + " (?:(?:could|would) )?(?:actually|just|ever|even|let|lets)\\b"),
            Pattern.compile("\\bone of (?:me|us) (?:doing|to do) the (?:job|work) of\\b"),
            Pattern.compile("\\bon (?:her|his|their) (?:second|third|fourth|fifth|sixth|umpteenth) (?:fag |smoke |cig"
                    + " |cigarette |coffee )?break\\b"),
            Pattern.compile("\\bno thanks to\\b"),
            Pattern.compile("\\b(?:they|it|" + THIRD_PARTY + ") (?:always )?(?:prints?|spells?|writes?|puts?|gets?)"
                    + " (?:the |our )?(?:names?|orders?|tickets?|it) (?:all |completely )?wrong\\b"),
            Pattern.compile("\\bthis is what happens when (?:they|" + THIRD_PARTY + ")\\b"),
            Pattern.compile("\\b(?:leave|leaves|left) (?:just )?(?:one|two|three) of us\\b"),
            Pattern.compile("\\b(?:it was|it'?s|that was) your idea\\b"),
            Pattern.compile(
                    "\\b(?:they|the bar|" + THIRD_PARTY + ") (?:should|ought to) (?:really |just |honestly )?(?:stock"
                            + " it|stock more|order more|get more in|put it on the menu|start stocking)\\b"),
            Pattern.compile(
                    "\\b(?:someone|somebody|whoever|they|he|she)\\b[^,.!?]{0,60}\\b(?:didn'?t|did not) (?:bother"
                            + "|think to)\\b"),
            Pattern.compile("\\bwhoever (?:was|is|'s) on (?:the )?(?:bar|till|tills|machine|hand-?off|coffee)\\b"),
            Pattern.compile("\\bi (?:didn'?t|did not) (?:hand|give|serve) (?:it|that|this|them) to you\\b"),
            Pattern.compile(
                    "\\b(?<!not )(?<!n't )blame (?:the|our|those|that) (?:tablet|app|system|till|computer|printer"
                            + "|company|rota|staff\\w*|management|manager|boss|bar|kitchen|warehouse|supplier|delivery|new|other"
                            + "|morning|night|early|late|weekend|owners?)\\b"),
            Pattern.compile("\\balways (?:under-?orders?|over-?sells?|short (?:us|me))\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " decides?\\b"),
            Pattern.compile("\\b(?:this|that) lot\\b[^.!?]{0,60}\\bdrives? me (?:up the wall|mad|crazy|nuts"
                    + "|round the bend)\\b"),
            // Fresh answers of look 123, 313 written to deflect or to come near it: "don't get me started on the
            // ordering", "typical of this place", "head office in their infinite wisdom", "what they pay me", "minimum
            // wage", "management knows best apparently", "somebody in purchasing", "it's the delivery guy who's the
            // problem", "did you not check the name", "what do you expect", "anyone could've grabbed it".
            Pattern.compile("\\bdon'?t (?:get|start) me (?:started|going)\\b"),
            Pattern.compile("\\btypical (?:of )?(?:this|that) (?:place|shop|company|lot|job)\\b"),
            Pattern.compile("\\bin (?:their|his|her|its) (?:infinite )?wisdom\\b"),
            Pattern.compile("\\bworth (?:a look|checking|reading) before (?:ordering|you order)\\b"),
            Pattern.compile("\\bnot the first (?:one |person )?to (?:moan|complain|whinge|grumble)\\b"),
            Pattern.compile("\\blike (?:she|he|they) (?:was|were) told\\b"),
            Pattern.compile("\\bif (?!i\\b|we\\b)[a-z]+ had (?:restocked|reordered|ordered|stocked|bothered|listened"
                    + "|done (?:his|her|their) job)\\b"),
            Pattern.compile("\\b(?:what|the way) they pay (?:me|us)\\b"),
            Pattern.compile("\\bpay (?:us|me) peanuts\\b"),
            Pattern.compile("\\bminimum wage\\b"),
            Pattern.compile("\\bnot like (?:anyone|anybody) else\\b"),
            Pattern.compile("\\b(?:getting|get|got) (?:yelled|shouted|screamed) at\\b"),
            Pattern.compile("\\b(?:management|head office|corporate|the boss|they) knows? best\\b"),
            Pattern.compile(
                    "\\bif (?:this place|they|the bar|management|head office|the resort) (?:just |actually |only )?"
                            + "(?:stocked|ordered|sent|did)\\b"),
            Pattern.compile("\\bdon'?t tell (?:my|the) (?:boss|manager|supervisor)\\b"),
            Pattern.compile("\\b(?:he|she|they)(?:'s|'re| is| are) (?:so |really )?tight\\b"),
            Pattern.compile("\\buseless (?:thing|machine|app|lot)\\b"),
            Pattern.compile("\\bgood luck getting\\b"),
            Pattern.compile(
                    "\\bcan'?t leave (?:him|her|them) (?:alone )?for (?:five|two|one|a) (?:minutes?|second)\\b"),
            Pattern.compile("\\b(?:somebody|someone) in (?:purchasing|ordering|head office|accounts|management)\\b"),
            Pattern.compile(
                    "\\b(?:ordering|rota|schedule|staffing)(?: here| in here)? (?:'s|is) a (?:joke|shambles)\\b"),
            Pattern.compile("\\brun on a shoestring\\b"),
            Pattern.compile("\\bno wonder (?:everyone|people|customers)\\b"),
            Pattern.compile("\\b(?:had|have|has|having) a (?:proper |right )?go at (?:me|us|them|him|her)\\b"),
            Pattern.compile("\\b(?:their|that|this) lot never\\b"),
            Pattern.compile("\\bnever bother(?:s|ed)?\\b"),
            Pattern.compile("\\bstupid (?:app|system|till|computer|machine|printer|rota)\\b"),
            Pattern.compile("\\b(?:app|system|till|computer|printer)(?:'s| is)? never (?:works?|right)\\b"),
            Pattern.compile("\\b(?:that thing|the computer|the system|the till)(?:'s| is) never right\\b"),
            Pattern.compile("\\blying to us\\b"),
            Pattern.compile("\\btook (?:her|him|them) long enough\\b"),
            Pattern.compile("\\b(?:nobody|no one|no-one)(?: here| else)? could be bothered\\b"),
            Pattern.compile("\\b(?:nobody|no one|no-one)\\b[^,.!?]{0,30}\\bbothered\\b"),
            Pattern.compile("\\bif the (?:delivery|driver|courier|supplier|warehouse) had\\b"),
            Pattern.compile("\\bhear the end of it\\b"),
            Pattern.compile("\\bwhatever they feel like\\b"),
            Pattern.compile("\\bif you leave it (?:a|too|till|until)\\b"),
            Pattern.compile("\\bthis (?:shop|place|resort|hotel) can'?t\\b"),
            Pattern.compile("\\bthis dump\\b"),
            Pattern.compile("\\b(?:he|she|they)(?:'s| is|'re| are) never (?:here|around|in|on the floor)\\b"),
            Pattern.compile("\\bbetween you and (?:them|the till|the cashier)\\b"),
            Pattern.compile(
                    "\\b(?:company|management|head office|the owners?|the boss|they) (?:won'?t|will not|wouldn'?t"
                            + "|refuses? to) (?:fork out|splash out|shell out|pay|spend)\\b"),
            Pattern.compile("\\bif (?:the whole \\w+|everyone|everybody|people|all of you) didn'?t\\b"),
            Pattern.compile("\\bthought (?:\\w+ ){0,3}(?:was|would be|'d be) a (?:great|good|brilliant|clever|genius)"
                    + " (?:idea|day|time|plan)\\b"),
            Pattern.compile(
                    "\\bwhole (?:thing|place|shop) (?:falls|fell|goes|went) (?:to bits|apart|to pieces|to pot)\\b"),
            Pattern.compile("\\bwho'?s the (?:real )?problem\\b"),
            Pattern.compile("'s the real problem\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:is|are|'s|'re) not (?:even )?bothered\\b"),
            Pattern.compile("\\bwithout informing\\b"),
            Pattern.compile("\\b(?:they|management|head office) never learn\\b"),
            Pattern.compile("\\b(?:did you not|didn'?t you) (?:check|look|read|see|hear|listen)\\b"),
            Pattern.compile("\\bwhat (?:do|did) you expect\\b"),
            Pattern.compile("\\banyone could(?:'ve| have) (?:grabbed|taken|picked|made|done)\\b"),
            Pattern.compile("\\bto save (?:his|her|their) li(?:fe|ves)\\b"),
            Pattern.compile("\\bchaos ever since\\b"),
            Pattern.compile("\\bthe one who should be (?:embarrassed|sorry|apologi[sz]ing)\\b"),
            Pattern.compile(
                    "\\b(?:whoever \\w+ it|they|he|she|management|head office) (?:hasn'?t|haven'?t|has no|have no)"
                            + " (?:got )?a clue\\b"),
            Pattern.compile("\\bnot the ritz\\b"),
            // Look 124's words, from the answers kept apart at look 123: "the bar lot never order anything people
            // want", "this rubbish till", "you'd think they'd stock it", "should of checked the drinks list", "if they
            // wanted us here all night they'd pay us properly", "the last shift left the bar in a state", "it'd have
            // been easier if you'd asked", "honestly some people", "they never do", "the system's lying again",
            // "everyone else does", "you could've rung them yourself", "I'd get murdered", "the manager's had a face on
            // all morning", "late as per usual", "the shoes this company makes us wear are a joke", "apparently
            // covering
            // for the ordering department is my job now", "nobody's hiring", "not exactly what I'm paid for", "cheers
            // to
            // them", "doesn't send us enough", "to save a few quid", "the warehouse's mess", "if head office could run
            // a sale properly", "gets funny about", "couldn't care less", "wants their head looked at", "your man
            // upstairs", "the boss reckons we're overstaffed", "is not sanctioning", "the suppliers' fault", "go ask
            // Jess", "they'd have me sleeping under the counter", "for what, eleven quid an hour", "never reads the
            // names", "you kinda have to look at the name", "not like I'm paid enough", "it's not all on us", "the
            // early birds clear us out", "left everything in a right state".
            Pattern.compile("\\b(?:rubbish|useless|stupid|bloody|ancient|crappy) (?:till|system|app|machine|computer"
                    + "|printer|rota|labels?)\\b"),
            Pattern.compile("\\byou'?d think (?:they|management|head office|the bar|the owners?)'?d\\b"),
            Pattern.compile(
                    "\\bshould(?: of|'ve| have) (?:checked|looked|read|asked|rung|called)\\b[^.!?]{0,30}\\bbefore"
                            + " you\\b"),
            Pattern.compile("\\b(?:they'?d|they would|they'?ll) pay us\\b"),
            Pattern.compile("\\bleft (?:the \\w+|everything|it|us) in (?:a|such a) (?:right )?(?:state|mess)\\b"),
            Pattern.compile("\\b(?:easier|quicker|better) if you'?d\\b(?! like| prefer| rather)"),
            Pattern.compile("\\bhonestly,? some people\\b"),
            Pattern.compile("\\bthey never do\\b"),
            Pattern.compile("\\b(?:system|app|till|computer)(?:'s| is) (?:lying|useless|ancient|a joke|rubbish)\\b"),
            Pattern.compile(
                    "\\byou could(?:'ve| have) (?:rung|called|phoned|checked|looked|asked|brought|pre-?ordered)\\b"),
            Pattern.compile("\\bi'?d get (?:murdered|killed|slaughtered|hung|hanged)\\b"),
            Pattern.compile("\\b(?:had|got|has) a face on\\b"),
            Pattern.compile("\\bas per usual\\b"),
            Pattern.compile("\\bthis company makes us\\b"),
            Pattern.compile("\\bapparently (?:covering|doing)\\b"),
            Pattern.compile("\\bis my job now\\b"),
            Pattern.compile("\\bnobody'?s hiring\\b"),
            Pattern.compile("\\bnot (?:exactly )?what i'?m paid for\\b"),
            Pattern.compile("\\bcheers to them\\b"),
            Pattern.compile("\\b(?:doesn'?t|don'?t|never) send us enough\\b"),
            Pattern.compile("\\bto save a few (?:quid|bucks|dollars|pounds)\\b"),
            Pattern.compile("\\b(?:warehouse|supplier|head office|bar|kitchen|bakery)'s mess\\b"),
            Pattern.compile("\\bif " + THIRD_PARTY + " could (?:run|do|get|manage)\\b"),
            Pattern.compile("\\bgets? funny about\\b"),
            Pattern.compile("\\bcouldn'?t care less\\b"),
            Pattern.compile("\\bwants? (?:their|his|her) head (?:looked at|examined|testing)\\b"),
            Pattern.compile("\\byour man upstairs\\b"),
            Pattern.compile("\\breckons? we'?re overstaffed\\b"),
            Pattern.compile("\\bnot sanctioning\\b"),
            Pattern.compile(
                    "\\b(?<!not the )(?<!not )(?:suppliers?|suppliers'|delivery|warehouse|kitchen|bar|bakery|system|till)(?:'s|')? fault\\b"),
            Pattern.compile("^(?:just )?go (?:and )?ask (?!me\\b|us\\b|for\\b|about\\b|if\\b)[a-z]+\\b"),
            Pattern.compile("\\bthey'?d have (?:me|us)\\b"),
            Pattern.compile("\\bfor what,? (?:eleven|ten|twelve|nine|\\w+) (?:quid|bucks|dollars|pounds) an hour\\b"),
            Pattern.compile("\\bnever reads? the names?\\b"),
            Pattern.compile("\\byou (?:kinda |kind of |sort of )?have to (?:look|check|read)\\b"),
            Pattern.compile("\\bnot like i'?m paid enough\\b"),
            Pattern.compile("\\bnot all on us\\b"),
            Pattern.compile("\\bclear us out\\b"),
            Pattern.compile("\\b(?:three|two|four) weeks i'?ve asked\\b"),
            Pattern.compile("\\bkeep sticking me\\b"),
            Pattern.compile("\\bwon'?t put (?:anyone|anybody|more people) (?:else )?on\\b"),
            Pattern.compile("\\bthat'?s twice you'?ve asked\\b"),
            Pattern.compile("\\byou'?ve asked me the same thing\\b"),
            Pattern.compile("\\beveryone (?:looks|looked) at me like it'?s my fault\\b"),
            Pattern.compile("\\bmismanagement\\b"),
            // Look 125's words, from a second check set of 317: "don't ask me why", "clearly hates us", "the bar here
            // is
            // a joke", "shoulda pre-ordered on the app", "it should be the bar for not stocking", "they can't keep
            // staff
            // as it is", "can't get their act together", "you kinda backed me into it", "that app lies constantly",
            // "your guess is as good as mine", "that's on you really, I didn't set the prices", "the closing lot left
            // the milk fridge empty", "real geniuses", "I'm just the monkey pressing the buttons", "that's hospo for
            // ya", "somebody didn't descale the machine", "courtesy of technology failing us", "next time maybe you
            // spell it", "not from our side", "falls within the remit of the bar team", "this is what you get when",
            // "you did change your order halfway through", "in my day", "the till's been printing the names wrong".
            Pattern.compile("\\bdon'?t ask me why\\b"),
            Pattern.compile("\\bhates? us\\b"),
            Pattern.compile("^(?:should|shoulda|should've|should have) (?:pre-?ordered|booked|rung|called)\\b"),
            Pattern.compile("\\bshould be the (?:bar|kitchen|manager|management|warehouse|supplier)\\b"),
            Pattern.compile("\\bcan'?t (?:keep staff|get their act together)\\b"),
            Pattern.compile("\\bstuffed us (?:around|about)\\b"),
            Pattern.compile("\\bbacked me into\\b"),
            Pattern.compile("\\b(?:app|system|till|computer) lies\\b"),
            Pattern.compile("\\byour guess is as good as mine\\b"),
            Pattern.compile("\\b(?:that'?s|it'?s) on you\\b"),
            Pattern.compile("\\bi didn'?t set the\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " left (?:the|us|me|it|everything)\\b"),
            Pattern.compile("\\breal geniuses\\b"),
            Pattern.compile("\\bi'?m just the monkey\\b"),
            Pattern.compile("\\bthat'?s (?:hospo|hospitality|retail) for (?:you|ya)\\b"),
            Pattern.compile("\\b(?:someone|somebody) (?:didn'?t|did not|forgot to|never)\\b"),
            Pattern.compile("\\bfailing us\\b"),
            Pattern.compile("\\bnext time,? (?:maybe |please |just )?(?:you )?(?:spell|check|say|look|read)\\b"),
            Pattern.compile("\\bnot from our side\\b"),
            Pattern.compile("\\bwithin the remit of\\b"),
            Pattern.compile("\\bdirect your (?:enquiry|query|complaint)\\b"),
            Pattern.compile("\\bthis is what you get when\\b"),
            Pattern.compile("\\byou did (?:kinda |kind of |sort of )?(?:change|ask|order|say|pick|come)\\b"),
            Pattern.compile("\\bin my day\\b"),
            Pattern.compile(
                    "\\b(?:till|printer|app|system)(?:'s| has)? been (?:printing|sending|spelling|chopping)\\b"),
            Pattern.compile("\\bdropped us short\\b"),
            Pattern.compile("\\bwhoever took your order\\b"),
            Pattern.compile("\\bthat'?s the whole problem\\b"),
            Pattern.compile("\\bthey cut (?:our|the) (?:\\w+ )?order\\b"),
            Pattern.compile("\\b(?:supplier|bakery|warehouse|head office|bar|kitchen)'s headache\\b"),
            Pattern.compile("\\bthey keep (?:messing|mixing|forgetting|losing)\\b"),
            Pattern.compile("\\bgreat time to be working here\\b"),
            Pattern.compile("\\bat (?:store|branch|shop) level\\b"),
            Pattern.compile("\\b(?:feedback|complaints) (?:number|line|email)\\b"),
            Pattern.compile("\\bever set foot in\\b"),
            Pattern.compile("\\bthey never (?:check|read|listen|order|restock)\\b"),
            Pattern.compile("\\byou probably just\\b"),
            Pattern.compile("\\bpeople (?:crowd|push|pile) (?:round|around|in)\\b"),
            Pattern.compile("\\b(?:nicked|pinched|swiped) yours\\b"),
            Pattern.compile("\\bdon'?t even read\\b"),
            Pattern.compile("\\bbeen (?:rather |very |really |so )?careless\\b"),
            Pattern.compile("\\bon (?:his|her|their) phone (?:the whole|all)\\b"),
            Pattern.compile("\\b(?:he|she|they) never (?:turns?|shows?) up\\b"),
            Pattern.compile(
                    "\\ba (?:customer desk|customer service|front desk|reception|head office|management) thing\\b"),
            Pattern.compile("\\bthe ones you'?d (?:want|need) to ask\\b"),
            Pattern.compile("\\bno consideration\\b"),
            Pattern.compile("\\byou'?ve asked (?:me )?(?:the same thing )?twice\\b"),
            Pattern.compile("\\bthey'?ve had (?:me|us) doing\\b"),
            Pattern.compile("\\b(?:left|leaving) me with all\\b"),
            Pattern.compile("\\bthey'?d stock\\b"),
            Pattern.compile("\\bstupid thing\\b"),
            Pattern.compile("^it'?s the (?:company|owners?|lads|girls|guys|kids|boys)\\b"),
            Pattern.compile("\\bbuggered off\\b"),
            Pattern.compile("\\bnot said a word\\b"),
            Pattern.compile("\\bit'?s not just us\\b"),
            Pattern.compile("^not (?:me|us|mine|ours)\\b(?!,? personally)"));

    private Disclaimer() {}

    public static boolean disowns(Segment clause) {
        String text = text(clause);
        return blames(text)
                || HELPLESSNESS.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Whether a clause lays the blame on somebody else: "that was the other barista, not me". */
    public static boolean blames(Segment clause) {
        return blames(text(clause));
    }

    private static boolean blames(String text) {
        return BLAME.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static String text(Segment clause) {
        return clause.text()
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .trim();
    }
}
