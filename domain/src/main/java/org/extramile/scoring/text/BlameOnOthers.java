package org.extramile.scoring.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Blame laid on anybody but the trainee and the customer: a colleague, a manager, head office, a supplier, the rota,
 * the pay, the place itself, the other customers or the machine ("not my fault", "that was the other barista, not me",
 * "head office never sends enough", "people are so rude", "the till's been printing the names wrong").
 */
final class BlameOnOthers {

    static final String THIRD_PARTY =
            "(?:head office|corporate|management|(?:the |my |our )?(?:manager|supervisor|owners?|boss"
                    + "|warehouse|depot|distributor|supplier|bakery|kitchen|system|new (?:guy|girl|lad|kid|starter|barista)"
                    + "|barista|colleague|co-?worker|(?:guy|girl|lad|bloke|kid) on (?:the )?(?:bar|machine|till|tills)|buyers?"
                    + "|delivery (?:guys|drivers?|lads|men|people)"
                    + "|couriers?|(?:morning|night|early|late|last|other|opening|closing|weekend|monday|tuesday|wednesday"
                    + "|thursday|friday|saturday|sunday|bar|kitchen) (?:shift|lot|team|crew)))";

    static final List<Pattern> PATTERNS = List.of(
            // "Not my fault": the blame is somebody else's.
            Pattern.compile("(?:\\bnot|n't) (?:really |exactly |strictly )?(?:my|our) (?:fault|mistake)\\b"),
            // "That's on them", not "it's on the house".
            Pattern.compile("\\b(?:that'?s|it'?s|that is|it is) on (?:them|him|her|" + THIRD_PARTY + ")\\b"),
            // Fault laid on somebody else ("management's fault", "their fault"); "my fault" owns it, "nobody's fault"
            // blames no one, and "it's not your fault" reassures.
            Pattern.compile("\\b(?<!not )(?<!n't )(?<!never )(?<!not the )(?<!not a )(?<!no )"
                    + "(?:(?!my\\b|our\\b|nobody|anybody|anyone|everyone)[a-z]+'s|their|his|her|your)"
                    + " (?:own )?(?:fault|mistake|error)\\b"),
            // "It's the suppliers' fault", "it's not all on us", "it's not just us", "not from our side".
            Pattern.compile(
                    "\\b(?<!not the )(?<!not )(?:suppliers?|suppliers'|delivery|warehouse|kitchen|bar|bakery|system|till)(?:'s|')? fault\\b"),
            Pattern.compile("\\bnot all on us\\b"),
            Pattern.compile("\\bit'?s not just us\\b"),
            Pattern.compile("\\bnot from our side\\b"),
            Pattern.compile("\\beveryone (?:looks|looked) at me like it'?s my fault\\b"),
            // Somebody else did it: "it wasn't me", "that was the other barista not me", and "not me" opening a clause
            // ("that was the barista, not me" is two clauses: a sentence with a negator is split at its commas).
            Pattern.compile("\\b(?:wasn'?t|was not|weren'?t|were not) (?:me|us)\\b"),
            Pattern.compile("\\b(?:it|that)(?: was| were|'s| is) [^,.!?]{2,40}? not (?:me|us)\\b"),
            Pattern.compile("^not (?:me|us|mine|ours)\\b(?!,? personally)"),
            // "But I didn't hand it to you".
            Pattern.compile("\\bi (?:didn'?t|did not) (?:hand|give|serve) (?:it|that|this|them) to you\\b"),
            // Not there when it happened: "I wasn't on those days", "I wasn't in yesterday".
            Pattern.compile("\\bi (?:wasn'?t|was not) (?:on|in|here|working)(?: shift)? (?:that|those|then|yesterday"
                    + "|last)\\b"),
            // "It's not me who orders the loaf": the job is somebody else's.
            Pattern.compile("\\b(?:it|that)(?:'s| is| was) not (?:me|us|my job|our job) (?:who|that)\\b"),
            // Somebody else decided it: "management's choice, not mine", "head office's decision".
            Pattern.compile(
                    "\\b(?:choice|decision|rule|idea|doing|fault|thing|job|area|department|problem|headache),? not"
                            + " (?:mine|ours)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s|') (?:choice|decision|rule|idea|doing)\\b"),
            // "I can't match their prices anyway, that's head office": the decision named as somebody else's.
            Pattern.compile("^that'?s (?:just )?" + THIRD_PARTY + "\\W*$"),
            // "That's down to the bakery"; "it's down to me" owns it.
            Pattern.compile("\\bdown to " + THIRD_PARTY + "\\b"),
            // "Head office decides how many we get sent", "someone else does the ordering", "the loaf's a bakery thing,
            // we just sell what they send us", "the loaf is the bakery supplier's headache", "falls within the remit of
            // the bar team", "I didn't set the prices", "I'm just the monkey pressing the buttons", "don't ask me why",
            // "your guess is as good as mine".
            Pattern.compile("\\b" + THIRD_PARTY + " decides?\\b"),
            Pattern.compile(
                    "\\b(?:someone|somebody) else (?:does|handles|deals with|orders|is in charge of|looks after)\\b"),
            Pattern.compile("\\b(?:a|the) (?:bakery|warehouse|supplier|head office|management|kitchen) thing\\b"),
            Pattern.compile("\\bwe (?:just|only) (?:sell|serve|stock|get) what (?:they|head office|the bakery|the"
                    + " warehouse|we'?re) (?:send|give|sent|gave|deliver)\\b"),
            Pattern.compile("\\b(?:supplier|bakery|warehouse|head office|bar|kitchen)'s headache\\b"),
            Pattern.compile("\\bwithin the remit of\\b"),
            Pattern.compile("\\bat (?:store|branch|shop) level\\b"),
            Pattern.compile("\\bi didn'?t set the\\b"),
            Pattern.compile("\\bi'?m just the monkey\\b"),
            Pattern.compile("\\bdon'?t ask me why\\b"),
            Pattern.compile("\\byour guess is as good as mine\\b"),
            // Sent to somebody else: "just go ask Jess on the other till", "that's between you and them".
            Pattern.compile("^(?:just )?go (?:and )?ask (?!me\\b|us\\b|for\\b|about\\b|if\\b)[a-z]+\\b"),
            Pattern.compile("\\bbetween you and (?:them|the till|the cashier)\\b"),
            Pattern.compile("\\bdirect your (?:enquiry|query|complaint)\\b"),
            Pattern.compile("\\b(?:feedback|complaints) (?:number|line|email)\\b"),
            Pattern.compile(
                    "\\ba (?:customer desk|customer service|front desk|reception|head office|management) thing\\b"),
            Pattern.compile("\\bthe ones you'?d (?:want|need) to ask\\b"),
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
            // "The bar never orders enough": the gap laid on whoever stocks it.
            Pattern.compile("\\b(?:the bar|they|" + THIRD_PARTY + ") (?:never|don'?t ever|do not ever) (?:orders?"
                    + "|(?:stocks?|gets?|keeps?) enough)\\b"),
            // "The bar should just stock it", "they always under-order the gift sets", "you'd think they'd stock it",
            // "if this place just stocked it", "if head office could run a sale properly", "if the new guy could
            // actually steam milk", "the morning lot didn't put the order in", "head office doesn't send us enough",
            // "they cut our bakery order", "it should be the bar for not stocking".
            Pattern.compile(
                    "\\b(?:they|the bar|" + THIRD_PARTY + ") (?:should|ought to) (?:really |just |honestly )?(?:stock"
                            + " it|stock more|order more|get more in|put it on the menu|start stocking)\\b"),
            Pattern.compile("\\balways (?:under-?orders?|over-?sells?|short (?:us|me))\\b"),
            Pattern.compile("\\byou'?d think (?:they|management|head office|the bar|the owners?)'?d\\b"),
            Pattern.compile("\\bthey'?d stock\\b"),
            Pattern.compile(
                    "\\bif (?:this place|they|the bar|management|head office|the resort) (?:just |actually |only )?"
                            + "(?:stocked|ordered|sent|did)\\b"),
            Pattern.compile("\\bif (?!i\\b|we\\b)[a-z]+ had (?:restocked|reordered|ordered|stocked|bothered|listened"
                    + "|done (?:his|her|their) job)\\b"),
            Pattern.compile("\\bif " + THIRD_PARTY + " could (?:run|do|get|manage)\\b"),
            Pattern.compile("\\bif " + THIRD_PARTY + " (?:(?:could|would) )?(?:actually|just|ever|even|let|lets)\\b"),
            Pattern.compile("\\bif the (?:delivery|driver|courier|supplier|warehouse) had\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:didn't|did not) (?:put|send|order|bother)\\b"),
            Pattern.compile("\\b(?:doesn'?t|don'?t|never) send us enough\\b"),
            Pattern.compile("\\bthey cut (?:our|the) (?:\\w+ )?order\\b"),
            Pattern.compile("\\bdropped us short\\b"),
            Pattern.compile("\\bstuffed us (?:around|about)\\b"),
            Pattern.compile("\\bwhatever they feel like\\b"),
            Pattern.compile("\\bthey never (?:check|read|listen|order|restock)\\b"),
            Pattern.compile("\\bthey never do\\b"),
            Pattern.compile("\\bthey keep (?:messing|mixing|forgetting|losing)\\b"),
            Pattern.compile("\\b(?:they|management|head office) never learn\\b"),
            Pattern.compile("\\bshould be the (?:bar|kitchen|manager|management|warehouse|supplier)\\b"),
            // Somebody who could not be bothered: "Jess couldn't be bothered to reorder", "never bothered putting an
            // order through", "nobody here could be bothered", "whoever did the stocktake clearly didn't bother",
            // "somebody didn't descale the machine", "Tom was supposed to order more", "whoever does our ordering
            // really dropped the ball".
            Pattern.compile("\\b(?:couldn't|could not|can't|didn't|did not) be bothered\\b"),
            Pattern.compile("\\bnever bother(?:s|ed)?\\b"),
            Pattern.compile("\\b(?:nobody|no one|no-one)\\b[^,.!?]{0,30}\\bbothered\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:is|are|'s|'re) not (?:even )?bothered\\b"),
            Pattern.compile(
                    "\\b(?:someone|somebody|whoever|they|he|she)\\b[^,.!?]{0,60}\\b(?:didn'?t|did not) (?:bother"
                            + "|think to)\\b"),
            Pattern.compile("\\b(?:someone|somebody) (?:didn'?t|did not|forgot to|never)\\b"),
            Pattern.compile("\\b(?!i\\b|we\\b)[a-z]+ (?:was|were) (?:meant|supposed) to\\b(?!.*\\b(?:i|we)\\b)"),
            Pattern.compile("\\b" + THIRD_PARTY
                    + "(?:'s| has| have|'ve)? (?:really )?(?:let (?:us|me) down|dropped the ball)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " must(?: have|'ve) (?:glitched|messed|mixed|printed|read|got)\\b"),
            // Blame laid by name: "blame management", "blame the tablet", "that's the warehouse for you", "no thanks to
            // the girl at Market Street", "so cheers to them", "it's their mess not ours", "the warehouse's mess",
            // "it's the delivery guy who's the problem", "Dan's the one who should be embarrassed", "somebody in
            // purchasing", "whoever took your order", "whoever was on bar just now".
            Pattern.compile("(?<!not )(?<!n't )\\b(?:blame|thank) (?:the )?" + THIRD_PARTY + "\\b"),
            Pattern.compile(
                    "\\b(?<!not )(?<!n't )blame (?:the|our|those|that) (?:tablet|app|system|till|computer|printer"
                            + "|company|rota|staff\\w*|management|manager|boss|bar|kitchen|warehouse|supplier|delivery|new|other"
                            + "|morning|night|early|late|weekend|owners?)\\b"),
            Pattern.compile("\\b(?:blame|thanks to) (?:them|those|that lot|the lot|whoever|him|her)\\b"),
            Pattern.compile("\\bthat'?s (?:the )?" + THIRD_PARTY + " for (?:you|ya|ye)\\b"),
            Pattern.compile("\\bno thanks to\\b"),
            Pattern.compile("\\bcheers to them\\b"),
            Pattern.compile("\\b(?:their|his|her|head office'?s|management'?s) mess\\b"),
            Pattern.compile("\\b(?:warehouse|supplier|head office|bar|kitchen|bakery)'s mess\\b"),
            Pattern.compile("\\bwho'?s the (?:real )?problem\\b"),
            Pattern.compile("'s the real problem\\b"),
            Pattern.compile("\\bthat'?s the whole problem\\b"),
            Pattern.compile("\\bthe one who should be (?:embarrassed|sorry|apologi[sz]ing)\\b"),
            Pattern.compile("\\b(?:somebody|someone) in (?:purchasing|ordering|head office|accounts|management)\\b"),
            Pattern.compile("\\bwhoever took your order\\b"),
            Pattern.compile("\\bwhoever (?:was|is|'s) on (?:the )?(?:bar|till|tills|machine|hand-?off|coffee)\\b"),
            // "They're the ones who should've had it", "he's the one who rang in sick".
            Pattern.compile(
                    "\\b(?:they'?re|they are|he'?s|she'?s|he is|she is) the ones? (?:who|that) (?:should|rang|called|phoned|thinks|forgot"
                            + "|messed|didn't|never)\\b"),
            // "It's my manager, he schedules like a lunatic"; not "it's my manager's call".
            Pattern.compile("^it'?s (?:my|the|our) (?:manager|boss|supervisor|management|head office)\\b(?!'s)"),
            // "It's this lot", "it's the company", "this lot didn't help", "their lot never".
            Pattern.compile("\\bit'?s (?:this|that) lot\\b"),
            Pattern.compile("^it'?s the (?:company|owners?|lads|girls|guys|kids|boys)\\b"),
            Pattern.compile("\\b(?:this|that) lot (?:\\w+ ){0,4}(?:didn'?t|did not) help\\b"),
            Pattern.compile("\\b(?:their|that|this) lot never\\b"),
            // Colleagues called names or said to be no good.
            // "The new guy's useless", "management is a joke".
            Pattern.compile("\\b" + THIRD_PARTY
                    + "(?: over there| there| today| on today| this morning)?(?:'s| is| are|'re| was| were)(?: so| totally"
                    + "| completely| absolutely| just"
                    + "| bloody)? (?:useless|hopeless|clueless|lazy|incompetent|rubbish|a joke|a nightmare|a disaster|a shambles"
                    + "|slo+w)\\b"),
            // "The supplier's been useless for months", "Dave over there is useless", "honestly they're hopeless",
            // "whoever does the ordering clearly can't count", "the manager can't do a rota to save his life", "real
            // geniuses", "whoever planned it wants their head looked at".
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| has| have|'ve) been (?:useless|hopeless|rubbish|a nightmare"
                    + "|terrible|awful)\\b"),
            Pattern.compile("\\b(?:they'?re|they are|he'?s|he is|she'?s|she is|[a-z]+ over there(?:'s| is))"
                    + " (?:so |totally |completely |absolutely |just |bloody |honestly )?(?:useless|hopeless|clueless"
                    + "|incompetent|a joke|a nightmare|a disaster)\\b"),
            Pattern.compile(
                    "\\b(?:are|'re|is|'s) (?:so |totally |completely |absolutely |just )?(?:clueless|incompetent)\\b"),
            Pattern.compile("\\b(?:clearly|obviously) can'?t (?:count|read|spell)\\b"),
            Pattern.compile("\\bto save (?:his|her|their) li(?:fe|ves)\\b"),
            Pattern.compile("\\breal geniuses\\b"),
            Pattern.compile(
                    "\\b(?:whoever \\w+ it|they|he|she|management|head office) (?:hasn'?t|haven'?t|has no|have no)"
                            + " (?:got )?a clue\\b"),
            Pattern.compile("\\bwants? (?:their|his|her) head (?:looked at|examined|testing)\\b"),
            Pattern.compile("\\bwants? (?:shooting|sacking|firing|locking up)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| has)(?: had)? a (?:nightmare|shocker|mare|bad) (?:morning|day"
                    + "|shift|week)\\b"),
            Pattern.compile("\\b(?:had|got|has) a face on\\b"),
            Pattern.compile("\\b(?:he|she|they)(?:'s|'re| is| are) (?:so |really )?tight\\b"),
            // Colleagues called names or said to do nothing: "the idiots who called in sick", "nobody here lifts a
            // finger".
            Pattern.compile("\\b(?:the|those|these|that|some) (?:idiots?|muppets?|clowns?|morons?|numpties|numpty"
                    + "|plonkers?|lazy (?:lot|sods?|gits?|so and sos?))\\b"),
            Pattern.compile(
                    "\\b(?:nobody|no one|no-one|none of them)(?: else| here| around here| upstairs| up there)? (?:lifts a finger"
                            + "|pulls their weight|does (?:anything|a thing|their job)|helps|bothers|cares|appreciates|notices)\\b"),
            Pattern.compile("\\bdon'?t know why i (?:bother|even bother)\\b"),
            Pattern.compile(
                    "\\bnot (?:that|like) (?:anyone|anybody|they|management)(?: upstairs| here| round here| in charge)?(?: ever| will)?"
                            + " (?:cares|listens|notices|picks up|answers)\\b"),
            Pattern.compile("\\bcouldn'?t care less\\b"),
            Pattern.compile("\\bhates? us\\b"),
            Pattern.compile("\\bnot like (?:anyone|anybody) else\\b"),
            Pattern.compile("\\bnot said a word\\b"),
            Pattern.compile("\\bwithout informing\\b"),
            // "Tom's on the bar today, he's always mixing things up".
            Pattern.compile("\\b(?:he|she|they|the (?:baristas|staff|team|others)|" + THIRD_PARTY + ")(?:'s| is|'re"
                    + "| are) always (?:mixing|messing|swapping|getting (?:it|things|orders|names) wrong|forgetting|faffing"
                    + "|skiving|slacking|on (?:her|his|their) phone)\\b"),
            // "The new guy on bar, he keeps mixing up names", "the new guy is still learning".
            Pattern.compile("\\b" + THIRD_PARTY + "(?: [a-z]+){0,3},? (?:(?:he|she|they) )?(?:keeps? (?:mixing"
                    + "|messing|getting|forgetting)|(?:is|'s|are|'re) still learning)\\b"),
            Pattern.compile("\\b(?:she|he)'?s still learning\\b"),
            // "He never reads the names properly", "she was late as per usual", "Kayleigh's on her third fag break",
            // "he's never on the floor", "the young man on the bar has been rather careless with the names", "the last
            // shift left the bar in a state", "the closing lot left the milk fridge empty".
            Pattern.compile("\\b(?:they|he|she) (?:never|don'?t|doesn'?t|won'?t) listens?\\b"),
            Pattern.compile("\\bnever reads? the names?\\b"),
            Pattern.compile("\\bdon'?t even read\\b"),
            Pattern.compile("\\bbeen (?:rather |very |really |so )?careless\\b"),
            Pattern.compile("\\bas per usual\\b"),
            Pattern.compile("\\bon (?:her|his|their) (?:second|third|fourth|fifth|sixth|umpteenth) (?:fag |smoke |cig"
                    + " |cigarette |coffee )?break\\b"),
            Pattern.compile("\\bon (?:his|her|their) phone (?:the whole|all)\\b"),
            Pattern.compile(
                    "\\bcan'?t leave (?:him|her|them) (?:alone )?for (?:five|two|one|a) (?:minutes?|second)\\b"),
            Pattern.compile("\\b(?:he|she|they) never (?:turns?|shows?) up\\b"),
            Pattern.compile("\\b(?:he|she|they)(?:'s| is|'re| are) never (?:here|around|in|on the floor)\\b"),
            Pattern.compile("\\btook (?:her|him|them) long enough\\b"),
            Pattern.compile("\\bbuggered off\\b"),
            Pattern.compile("\\blike (?:she|he|they) (?:was|were) told\\b"),
            Pattern.compile("\\bleft (?:the \\w+|everything|it|us) in (?:a|such a) (?:right )?(?:state|mess)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " left (?:the|us|me|it|everything)\\b"),
            Pattern.compile("\\b(?:left|leaving) me with all\\b"),
            // "I keep telling the bar manager to get some in": the gap laid on whoever does not listen.
            Pattern.compile("\\bi (?:keep|kept|'ve kept|have kept) (?:telling|asking|nagging) (?:the |my |our )?(?:bar"
                    + " manager|manager|boss|bar|management|head office|them|him|her)\\b"),
            // "The bar manager's been told a hundred times".
            Pattern.compile(
                    "\\b(?:told|asked|reminded|begged) (?:(?:them|him|her|'em) )?(?:a hundred|a million|a thousand|so many|loads of|countless"
                            + "|umpteen) times\\b"),
            Pattern.compile("\\b(?:three|two|four) weeks i'?ve asked\\b"),
            // A manager's temper or say-so laid at the door.
            // "The boss is breathing down my neck".
            Pattern.compile("\\b(?:breathing down my neck|(?:is|'s|are|'re) on my back)\\b"),
            // "My manager's been on at me all morning", "the owner's never here and we do all the work".
            Pattern.compile("\\b(?:'s|has|have|'ve|is|are|'re) (?:been )?on (?:at (?:me|us)|my case)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| is|'re| are) never (?:here|around|in)\\b"),
            Pattern.compile("\\b(?:i|we) do (?:all|most) (?:of )?the work\\b"),
            // "The boss moans at me about the queue", "my supervisor had a proper go at me", "my manager wasn't happy
            // about it", "Sharon on checkout gets funny about stickers", "the manager's had a face on all morning",
            // "I'd get murdered", "they'd have me sleeping under the counter".
            Pattern.compile("\\b" + THIRD_PARTY + " (?:moans?|shouts?|yells?|has a go|goes off) at (?:me|us)\\b"),
            Pattern.compile("\\b(?:had|have|has|having) a (?:proper |right )?go at (?:me|us|them|him|her)\\b"),
            Pattern.compile("\\b(?:getting|get|got) (?:yelled|shouted|screamed) at\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + " (?:wasn'?t|was not|isn'?t|is not|won'?t be|will not be) (?:very )?"
                    + "(?:happy|pleased|thrilled|impressed)\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| is) (?:a (?:real )?stickler|a nightmare about)\\b"),
            Pattern.compile("\\bgets? funny about\\b"),
            Pattern.compile("\\bdon'?t tell (?:my|the) (?:boss|manager|supervisor)\\b"),
            Pattern.compile("\\bhear the end of it\\b"),
            Pattern.compile("\\bi'?d get (?:murdered|killed|slaughtered|hung|hanged)\\b"),
            Pattern.compile("\\bthey'?d have (?:me|us)\\b"),
            // "My manager thinks we're robots", "nobody upstairs will pay to fix it", "the owner wouldn't know hard
            // work if it bit him", "the boss reckons we're overstaffed", "head office in their infinite wisdom",
            // "management knows best apparently", "don't get me started on the drinks list".
            Pattern.compile("\\btreat us like (?:robots|slaves|dirt|machines)\\b"),
            Pattern.compile("\\bthinks? (?:we'?re|we are|i'?m|i am) (?:robots?|machines?|superhuman|octopus\\w*)\\b"),
            Pattern.compile("\\b(?:nobody|no one|no-one) (?:upstairs|in charge|at the top|at head office)\\b"),
            Pattern.compile("\\bwouldn'?t know [a-z ]{2,40} if it (?:bit|hit|slapped|smacked)\\b"),
            Pattern.compile("\\breckons? we'?re overstaffed\\b"),
            Pattern.compile("\\bnot sanctioning\\b"),
            Pattern.compile("\\byour man upstairs\\b"),
            Pattern.compile("\\bin (?:their|his|her|its) (?:infinite )?wisdom\\b"),
            Pattern.compile("\\b(?:management|head office|corporate|the boss|they) knows? best\\b"),
            Pattern.compile("\\bthought (?:\\w+ ){0,3}(?:was|would be|'d be) a (?:great|good|brilliant|clever|genius)"
                    + " (?:idea|day|time|plan)\\b"),
            Pattern.compile("\\bsince (?:the |our |my )?(?:new )?(?:manager|boss|owners?|management|supervisor"
                    + "|head office) (?:took over|started|arrived|came in)\\b"),
            Pattern.compile("\\bchaos ever since\\b"),
            Pattern.compile("\\bever set foot in\\b"),
            Pattern.compile("\\bmismanagement\\b"),
            Pattern.compile("\\bgood luck getting\\b"),
            Pattern.compile("\\blying to us\\b"),
            Pattern.compile("\\bdon'?t (?:get|start) me (?:started|going)\\b"),
            // The rota and the staffing.
            // "They've left me on my own", "since they cut our hours": the rush laid on those who staff it.
            Pattern.compile("\\b(?:they|" + THIRD_PARTY + ")(?:'ve| have)? (?:left me (?:on my own|alone|to it)"
                    + "|cut (?:our|my|the) (?:hours|staff|team))\\b"),
            Pattern.compile("\\b" + THIRD_PARTY + "(?:'s| is| are|'re)? (?:too (?:tight|cheap|stingy) to"
                    + "|(?:thinks?|seems to think|reckons?) (?:one person|we can|i can))\\b"),
            // "He's the genius who thinks one barista can run this place", "sent us in with half a team and then
            // wonders why the queue's out the door".
            Pattern.compile("\\bthe (?:genius|bright spark|clever clogs|brains) (?:who|that)\\b"),
            Pattern.compile("\\b(?:thinks?|reckons?) (?:one|two|a single) (?:person|barista|waiter|waitress|server"
                    + "|member of staff|pair of hands)\\b"),
            Pattern.compile("\\bthen (?:wonders?|moans?|complains?) (?:why|when|that)\\b"),
            // The rush laid on those who staff it: "they expect two of us to do the work of five", "the boss left us to
            // it", "Kev's on his phone, so I'm doing everything", "if management gave us one more person", "someone
            // didn't turn up again".
            Pattern.compile("\\bthey expect (?:me|us|one|two|just)\\b"),
            Pattern.compile("\\bleft (?:me|us) (?:to it|on (?:my|our) own|to fend for)\\b"),
            Pattern.compile("\\b(?:i'?m|i am|i'?ve been) (?:doing|carrying) (?:everything|it all|all of it|everyone"
                    + "|the lot|her|him|them)\\b(?! (?:i|we) can)"),
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
            Pattern.compile("\\b(?:nobody|no one|no-one) (?:wants|wanted) to work\\b"),
            // "They've got me doing three jobs at once".
            Pattern.compile(
                    "\\b(?:they'?ve|they have|" + THIRD_PARTY
                            + "(?:'s| has)) got (?:me|us) doing (?:everything|it all|the work of|(?:two|three|four|five|\\w+ people's) jobs)\\b"),
            // "The rota's a joke", "whoever does the scheduling should try working a Monday", "they still haven't
            // replaced them", "the boss has got us on skeleton staff", "one of me doing the job of three", "this is
            // what happens when they leave two of us on", "this is what you get when management rota three people on",
            // "they can't keep staff as it is", "apparently covering for the ordering department is my job now".
            Pattern.compile(
                    "\\b(?:the |our )?(?:rota|schedule|scheduling|ordering|bar)(?: here)?(?:'s| is) (?:such )?(?:a mess|a joke|a shambles"
                            + "|hopeless|useless|rubbish|a nightmare)\\b"),
            Pattern.compile(
                    "\\b(?:ordering|rota|schedule|staffing)(?: here| in here)?(?:'s| is) a (?:joke|shambles)\\b"),
            Pattern.compile(
                    "\\bwhoever (?:does|did|wrote|writes|makes|made|plans|planned|sorts) (?:the |our )?(?:drinks |stock )?(?:rota"
                            + "|schedul\\w*|ordering|orders|staffing)\\b"),
            Pattern.compile("\\bshould (?:try|have a go at) (?:working|doing|running) (?:a|the|this|one)\\b"),
            Pattern.compile("\\b(?:still )?(?:haven'?t|have not|hasn'?t|has not) (?:bothered to )?(?:replaced?|hired?)"
                    + " (?:them|him|her|anyone|anybody)\\b"),
            Pattern.compile("\\bskeleton (?:staff|crew)\\b"),
            Pattern.compile("\\bone of (?:me|us) (?:doing|to do) the (?:job|work) of\\b"),
            Pattern.compile("\\bthis is what happens when (?:they|" + THIRD_PARTY + ")\\b"),
            Pattern.compile("\\b(?:leave|leaves|left) (?:just )?(?:one|two|three) of us\\b"),
            Pattern.compile("\\bcan'?t (?:keep staff|get their act together)\\b"),
            Pattern.compile("\\bnobody'?s hiring\\b"),
            Pattern.compile("\\bkeep sticking me\\b"),
            Pattern.compile("\\bwon'?t put (?:anyone|anybody|more people) (?:else )?on\\b"),
            Pattern.compile("\\bthey'?ve had (?:me|us) doing\\b"),
            Pattern.compile("\\bapparently (?:covering|doing)\\b"),
            Pattern.compile("\\bis my job now\\b"),
            Pattern.compile("\\bthis is what you get when\\b"),
            // The pay: "the pay here's awful", "not worth it on what they pay me", "the things we do for minimum wage",
            // "not exactly what I'm paid for", "for what, eleven quid an hour", "if they wanted us here all night
            // they'd pay us properly", "the company won't fork out for a machine that actually works", "to save a few
            // quid".
            Pattern.compile("\\bi (?:don'?t|do not) get (?:paid )?(?:commission|paid enough|paid for)\\b"),
            Pattern.compile("\\b(?:don'?t|do not|doesn'?t|does not) pay (?:me|us) enough\\b"),
            Pattern.compile("\\bthe (?:pay|money|wages?)(?: here| in this place)?(?:'s| is| are) (?:awful|rubbish"
                    + "|terrible|a joke|crap|shocking|pathetic)\\b"),
            Pattern.compile("\\b(?:what|the way) they pay (?:me|us)\\b"),
            Pattern.compile("\\bpay (?:us|me) peanuts\\b"),
            Pattern.compile("\\bminimum wage\\b"),
            Pattern.compile("\\b(?:they'?d|they would|they'?ll) pay us\\b"),
            Pattern.compile("\\bnot (?:exactly )?what i'?m paid for\\b"),
            Pattern.compile("\\bfor what,? (?:eleven|ten|twelve|nine|\\w+) (?:quid|bucks|dollars|pounds) an hour\\b"),
            Pattern.compile("\\bnot like i'?m paid enough\\b"),
            Pattern.compile(
                    "\\b(?:company|management|head office|the owners?|the boss|they) (?:won'?t|will not|wouldn'?t"
                            + "|refuses? to) (?:fork out|splash out|shell out|pay|spend)\\b"),
            Pattern.compile("\\bto save a few (?:quid|bucks|dollars|pounds)\\b"),
            Pattern.compile("\\brun on a shoestring\\b"),
            // The place itself made the trouble: "this place is a joke".
            Pattern.compile("\\bthis (?:place|job|shop|company)(?:'s| is) (?:a joke|a nightmare|a shambles|rubbish"
                    + "|hopeless|useless)\\b"),
            // "Typical of this place", "I'll be out of this dump by Christmas", "not the Ritz", "that's hospo for ya",
            // "it's a great time to be working here", "you're not the first to moan about the Coke situation", "whole
            // place is run on a shoestring, no wonder everyone ends up over the road", "the shoes this company makes us
            // wear are a joke".
            Pattern.compile("\\btypical (?:of )?(?:this|that) (?:place|shop|company|lot|job)\\b"),
            Pattern.compile("\\bthis (?:shop|place|resort|hotel) can'?t\\b"),
            Pattern.compile("\\bthis dump\\b"),
            Pattern.compile(
                    "\\bwhole (?:thing|place|shop) (?:falls|fell|goes|went) (?:to bits|apart|to pieces|to pot)\\b"),
            Pattern.compile("\\bnot the ritz\\b"),
            Pattern.compile("\\bthat'?s (?:hospo|hospitality|retail) for (?:you|ya)\\b"),
            Pattern.compile("\\bgreat time to be working here\\b"),
            Pattern.compile("\\bnot the first (?:one |person )?to (?:moan|complain|whinge|grumble)\\b"),
            Pattern.compile("\\bno wonder (?:everyone|people|customers)\\b"),
            Pattern.compile("\\bthis company makes us\\b"),
            // The other customers made the trouble: "people are so rude".
            Pattern.compile(
                    "\\b(?:people|customers|everyone|everybody|the regulars)(?:'s| are| is|'re| has| have|'ve)(?: being"
                            + "| been| so| really| just| all)* (?:rude|horrible|impatient|demanding|a nightmare|in a mood|grumpy|moody)\\b"),
            // "Everyone grabs whatever's nearest": the mix-up laid on the customers.
            Pattern.compile(
                    "\\b(?:everyone|everybody|people|customers) (?:just |do |tend to |always )*(?:grabs?|takes?|picks? up)"
                            + " (?:whatever|anything|any old|the first|the wrong)\\b"),
            // "Anyone could've grabbed it", "Dan probably nicked yours", "these commuters have no patience", "honestly
            // some people", "it's the customers", "everyone's taking it out on me today", "the early birds clear us
            // out", "if the whole station didn't pile in at quarter past eight", "this lot all turn up at once and it
            // drives me up the wall".
            Pattern.compile("\\banyone could(?:'ve| have) (?:grabbed|taken|picked|made|done)\\b"),
            Pattern.compile("\\b(?:nicked|pinched|swiped) yours\\b"),
            Pattern.compile("\\b(?:these|the|some) (?:commuters|customers|people|tourists|guests)(?: today| round here"
                    + "| here)? (?:have no|'ve got no|got no) (?:patience|manners)\\b"),
            Pattern.compile("\\bno consideration\\b"),
            Pattern.compile("\\bhonestly,? some people\\b"),
            Pattern.compile("\\bit'?s (?:the|these) (?:customers|tourists|office lot)\\b(?! like| who| that)"),
            Pattern.compile("\\btak(?:e|es|ing) it out on me\\b"),
            Pattern.compile("\\bclear us out\\b"),
            Pattern.compile("\\bif (?:the whole \\w+|everyone|everybody|people|all of you) didn'?t\\b"),
            Pattern.compile("\\bpeople (?:crowd|push|pile) (?:round|around|in)\\b"),
            Pattern.compile("\\b(?:this|that) lot\\b[^.!?]{0,60}\\bdrives? me (?:up the wall|mad|crazy|nuts"
                    + "|round the bend)\\b"),
            // The screen made the mistake: "that's what came up on the screen", "it's not like I made it".
            Pattern.compile("\\bthat'?s what (?:came up|was|it said) on the (?:screen|ticket|docket|till|order)\\b"),
            Pattern.compile("\\b(?:it'?s|it is) not like (?:i|we) (?:made|poured|did)\\b"),
            // "The computer's always wrong", "that thing's never right", "this rubbish till", "the system's lying
            // again", "that app lies constantly", "the till's been printing the names wrong", "they print the names all
            // wrong", "courtesy of technology failing us".
            Pattern.compile(
                    "\\b(?:computer|system|till|app|tablet|printer)(?:'s| is) (?:always|usually|often) wrong\\b"),
            Pattern.compile("\\b(?:they|it|" + THIRD_PARTY + ") (?:always )?(?:prints?|spells?|writes?|puts?|gets?)"
                    + " (?:the |our )?(?:names?|orders?|tickets?|it) (?:all |completely )?wrong\\b"),
            Pattern.compile("\\buseless (?:thing|machine|app|lot)\\b"),
            Pattern.compile("\\b(?:app|system|till|computer|printer)(?:'s| is)? never (?:works?|right)\\b"),
            Pattern.compile("\\b(?:that thing|the computer|the system|the till)(?:'s| is) never right\\b"),
            Pattern.compile("\\b(?:rubbish|useless|stupid|bloody|ancient|crappy) (?:till|system|app|machine|computer"
                    + "|printer|rota|labels?)\\b"),
            Pattern.compile("\\b(?:system|app|till|computer)(?:'s| is) (?:lying|useless|ancient|a joke|rubbish)\\b"),
            Pattern.compile("\\b(?:app|system|till|computer) lies\\b"),
            Pattern.compile("\\bfailing us\\b"),
            Pattern.compile(
                    "\\b(?:till|printer|app|system)(?:'s| has)? been (?:printing|sending|spelling|chopping)\\b"),
            Pattern.compile("\\bstupid thing\\b"),
            // Blame on whoever decides or orders: "obviously nobody asked the waiters", "clearly forgot, typical",
            // "they're the ones who dropped it", "she's the one who mixed it up", "I've told the manager a hundred
            // times", "he just ignores me", "if the bar manager did his job", "the bosses only sent us four", "decided
            // at regional", "the people upstairs", "corporate slashed our hours", "since they stuck me on earlies",
            // "since they changed the system", "the geniuses who cut the order", "sorry about him", "whoever did the
            // rota wants their head examining".
            Pattern.compile("\\bnobody (?:asked|told|thought to ask|bothered to ask) (?:the |us\\b|me\\b)"),
            Pattern.compile(
                    "(?<!\\bi )(?<!\\bwe )\\b(?:clearly|obviously) (?:forgot|didn'?t bother|messed (?:it )?up)\\b"),
            Pattern.compile("(?<!not )(?<!n't )\\btypical\\s*[.!]*$"),
            Pattern.compile("^classic\\s*[.!]*$"),
            Pattern.compile(
                    "\\b(?:they'?re|they are|he'?s|he is|she'?s|she is) the ones? (?:who|that) (?:dropped|cut|messed|forgot|decided|changed|stopped|mixed|made)\\b"),
            Pattern.compile(
                    "\\bi'?ve (?:told|asked) [^,.!?]{0,30}(?:a hundred|a million|a thousand|loads of|so many|countless|two|three|four|five) times\\b"),
            Pattern.compile("\\b(?:he|she|they) (?:just )?ignores? (?:me|us)\\b"),
            Pattern.compile("\\b(?:he|she|they) (?:just )?(?:doesn'?t|don'?t) hear it\\b"),
            Pattern.compile("\\bif (?:the |my |our )?[a-z ]{0,20}(?:did|does|had done) (?:his|her|their) job\\b"),
            Pattern.compile(
                    "\\b(?:bosses|the boss|head office|management|corporate) only (?:sent|gave|give|send) us\\b"),
            Pattern.compile("\\bdecided (?:at|by) (?:regional|head office|hq|corporate|the suits)\\b"),
            Pattern.compile("\\b(?:the )?(?:people|lot|suits) upstairs\\b"),
            Pattern.compile("\\b(?:slashed|chopped|axed) (?:our|my|the) (?:hours|staff|team|budget)\\b"),
            Pattern.compile("\\bsince they (?:stuck|put|moved|changed)\\b"),
            Pattern.compile("\\bthe (?:geniuses|bright sparks) (?:who|that)\\b"),
            Pattern.compile("\\bsorry about (?:him|her|them)\\b"),
            Pattern.compile("\\bbothered (?:hiring|to hire|ordering|to order|fixing|to fix)\\b"),
            Pattern.compile("\\b(?:anyone|anybody) (?:else )?(?:here )?would(?:'ve| have) bothered\\b"),
            Pattern.compile("\\bjust stood there\\b"),
            Pattern.compile("\\bwants? (?:their|his|her) head (?:examining|examined|testing)\\b"),
            Pattern.compile("\\bswanning off\\b"),
            Pattern.compile("\\bfunny how that happens\\b"),
            Pattern.compile("\\bmoaning at me\\b"),
            Pattern.compile(
                    "\\b(?:is|'s) down to (?:the|our) (?:trainee|new (?:guy|girl|lad|starter)|other|bar|kitchen|supplier|warehouse)\\b"),
            Pattern.compile("\\b(?:he|she|they)(?:'s| has| have|'ve) been (?:botching|messing up|mixing up)\\b"),
            // The company, its pay and its set-up: "the resort should be paying for it", "they're just too cheap",
            // "with what this place pays me", "for peanuts", "not paid enough", "their rules are ridiculous",
            // "ridiculous set-up", "this place is ridiculous", "this place never has anything in", "they should've
            // bought a machine from this century".
            Pattern.compile(
                    "\\bthe (?:resort|company|hotel|store|shop|management|boss) should (?:be paying|pay|cover)\\b"),
            Pattern.compile("\\b(?:they'?re|they are)(?: just)? too (?:cheap|tight|stingy)\\b"),
            Pattern.compile("\\bwhat this place pays\\b"),
            Pattern.compile("\\bfor peanuts\\b"),
            Pattern.compile("\\bnot paid enough\\b"),
            Pattern.compile("\\b(?:their|the|these|those|our) rules are (?:ridiculous|stupid|mad|daft|a joke|nuts)\\b"),
            Pattern.compile("\\bridiculous (?:set-?up|system|place|rules?)\\b"),
            Pattern.compile("\\bthis place(?:'s| is) (?:ridiculous|a circus|a mess|a madhouse)\\b"),
            Pattern.compile("\\bthis place never\\b"),
            Pattern.compile("\\bthey should(?:'ve| have| of) (?:bought|hired|got|paid|fixed|replaced)\\b"),
            // The suppliers and the machines: "they keep shorting us", "our supplier sent the wrong milk", "the
            // delivery guys left half our order on the dock", "it's the supplier, mate", "they're a total shambles",
            // "the till's crashed twice", "crashes every five minutes", "been glitching since the update", "nobody's
            // fixed it", "the computer's been wrong for weeks", "thank whoever invented click and collect".
            Pattern.compile("\\bshorting us\\b"),
            Pattern.compile(
                    "\\b(?:supplier|suppliers|warehouse|depot|head office) (?:sent|gave|delivered) (?:us )?the wrong\\b"),
            Pattern.compile("\\bleft half (?:our|the) (?:order|stock|delivery)\\b"),
            Pattern.compile("^it'?s the (?:supplier|suppliers|warehouse|system|till|app)\\s*(?:,|[.!]*$)"),
            Pattern.compile(
                    "\\b(?:they'?re|they are) (?:a )?(?:total |complete |absolute )?(?:shambles|joke|nightmare)\\b"),
            Pattern.compile("\\b(?:till|system|app|computer|pos)(?:'s| has) crashed\\b"),
            Pattern.compile("\\bcrashes (?:every|all the)\\b"),
            Pattern.compile("\\bbeen glitching\\b"),
            Pattern.compile("\\bnobody'?s (?:fixed|sorted|done anything about) it\\b"),
            Pattern.compile("\\b(?:computer|system)(?:'s| has) been wrong\\b"),
            Pattern.compile("\\bthank whoever\\b"),
            // Other customers made the trouble: "people are like vultures", "some people, honestly", "people mumble at
            // the till", "someone's walked off with yours", "can't exactly police other customers", "Dan couldn't read
            // his own cup".
            Pattern.compile("\\b(?:people|customers) are like\\b"),
            Pattern.compile("^some people(?:,? honestly| eh| huh)?\\s*[.!]*$"),
            Pattern.compile("\\bpeople mumble\\b"),
            Pattern.compile("\\bwalked off with (?:yours|your)\\b"),
            Pattern.compile("\\bcan'?t (?:exactly )?police\\b"),
            Pattern.compile("\\bcouldn'?t read (?:his|her|their) own\\b"),
            // Not ours: "the warehouse's screw-up not mine", "not on me though", "that one's not really on us", "it's
            // not like I personally ate the lemon loaf", "bakery's a whole separate team", "not just here", "he's meant
            // to deal with reservations not me".
            Pattern.compile("\\b(?:screw-?up|cock-?up|balls-?up|mess|mistake) not (?:mine|ours)\\b"),
            Pattern.compile("\\bnot on me\\b"),
            Pattern.compile("\\b(?:that|this|it)(?: one)?(?:'s| is) not (?:really )?on us\\b"),
            Pattern.compile("\\bit'?s not like i (?:personally )?(?:ate|sold|took|ordered|baked|drank|broke)\\b"),
            Pattern.compile("\\b(?:a )?(?:whole )?separate (?:team|department)\\b"),
            Pattern.compile("(?:^|everywhere,? )not just here\\b"),
            Pattern.compile("\\b(?:meant|supposed) to (?:deal with|handle|do) [a-z ]{1,20} not me\\b"));

    private BlameOnOthers() {}
}
