package org.extramile.scoring.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Helplessness, shrugs, and rules or a superior put first: the problem left where it is, with nobody blamed ("there's
 * nothing I can do", "it is what it is", "it's head office policy", "not my department", "you'd have to ask the
 * manager", "my supervisor would have my head").
 */
final class Shelter {

    static final List<Pattern> PATTERNS = List.of(
            // Helplessness.
            Pattern.compile("\\b(?:nothing|not (?:much|a lot|a thing|anything)|little) (?:more )?(?:i|we) can"
                    + " (?:do|change)\\b"),
            Pattern.compile("\\b(?:nothing|not (?:much|a lot)) (?:to be done|(?:i|we) (?:can|could) do)\\b"),
            Pattern.compile("\\b(?:can'?t|cannot|can not) (?:really )?do (?:anything|much|a thing) about\\b"),
            Pattern.compile("\\b(?:can't|cannot|can not) help(?: you)?(?: there| with that)?\\s*[,.!]?$"),
            Pattern.compile("\\b(?:feck|fuck|sod|bugger) all (?:anyone|we|i)(?: in here| here)? can do\\b"),
            Pattern.compile("\\bfrom my (?:end|side) i (?:cannot|can'?t|can not) do\\b"),
            Pattern.compile("\\bno point (?:me |us |in )?(?:calling|ringing|phoning|trying|checking|asking)\\b"),
            // Out of the trainee's hands: "it's out of my hands", "above my pay grade", "we never get told anything
            // down here".
            Pattern.compile(
                    "\\b(?:out of|outside(?: of)?|beyond) (?:my|our|the store's|store) (?:hands|control)\\b(?! now and| and into)"),
            Pattern.compile("\\b(?:can'?t|cannot) (?:really )?control\\b"),
            Pattern.compile("\\bnot having any control\\b"),
            Pattern.compile("\\bleft (?:me|us) no choice\\b"),
            Pattern.compile("\\b(?:above|beyond|over) my pay ?grade\\b"),
            Pattern.compile("\\bwe never get told\\b"),
            Pattern.compile("\\bout of thin air\\b"),
            // Shrugs: "that's just how it is", "it is what it is".
            Pattern.compile("\\bthat'?s (?:just )?(?:how it (?:goes|is)|the way it (?:goes|is))\\b"),
            Pattern.compile("\\bit is what it is\\b"),
            // A shrug that closes the clause: "what can you do", not "let me see what I can do".
            Pattern.compile("\\bwhat (?:can|could|else can) (?:you|ya|one) do\\s*(?:[?!.,]|$)"),
            // "so what can I do." shrugs; "What can I do?" may offer help, so only without a question mark.
            Pattern.compile("\\bso what (?:can|could) (?:i|we) do\\s*[!.]*$"),
            // "What to do", and nothing more.
            Pattern.compile("^what to do\\W*$"),
            // "We can't be perfect", "I'll get to it when I get to it".
            Pattern.compile("\\b(?:we )?(?:can'?t|cannot) be perfect\\b"),
            Pattern.compile("\\bget to it when i get to it\\b"),
            // Her complaint waved away: "that's a bit harsh, we work really hard here".
            Pattern.compile("\\bthat'?s (?:a bit |quite |very |really )?harsh\\b"),
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
            // Rules and policy as the shelter.
            // "Staff aren't really meant to be running errands", "we're only meant to remake with a receipt", "health
            // and safety and all that", "we only do one free remake per order".
            Pattern.compile("\\b(?:staff|we|i)(?:'re|'m| are| am)?(?:n't| not) (?:really )?(?:meant|supposed|allowed"
                    + "|permitted) to (?:be )?(?:run|leave|go|do|take|make|give|ring|phone|call|remake|serve|split)"),
            Pattern.compile("\\b(?:we'?re|we are|i'?m|i am) only (?:meant|supposed|allowed) to\\b"),
            Pattern.compile("\\bhealth and safety\\b"),
            Pattern.compile("\\bonly do one free\\b"),
            // "If it were up to me I'd remake it", "not really something I can fix from here", "the counter phone's
            // only for staff business": the trainee's wish put aside, the rule kept.
            Pattern.compile("\\bif it (?:were|was) (?:up to me|my (?:shop|store|call|decision|place|caf[eé]))\\b"),
            Pattern.compile(
                    "\\bnot (?:really )?(?:something|anything) (?:i|we) can (?:fix|do|change|help with|sort)\\b"),
            Pattern.compile("\\bnot something i can just\\b"),
            Pattern.compile("\\b(?:phone|line|landline)(?:'s| is) (?:only |just )?(?:for|meant for) (?:staff|internal"
                    + "|business|work|store)\\b"),
            // A rule named as the whole reason, closing the clause: "I can't leave the floor, company rules."
            Pattern.compile("(?:^|, )(?:company|store|shop|house|resort|hotel|head office) (?:rules|policy)\\W*$"),
            Pattern.compile("(?:^|, )it'?s (?:a|the) rule\\W*$"),
            // "Rules are rules", "it's head office policy", "policy says I need a manager's OK".
            Pattern.compile("\\brules (?:are rules|and all)\\b"),
            Pattern.compile(
                    "\\b(?:it'?s|that'?s|it is|that is) (?:just )?(?:head office|company|store|our|resort|hotel|shop|bar|house) policy\\b"),
            Pattern.compile("\\bpolicy says\\b"),
            // "Policy is we charge full price", not "our policy is that the guest comes first".
            Pattern.compile("\\bpolicy is (?:that )?(?:we (?:charge|can't|cannot|don't|have to)|you (?:have to"
                    + "|need to|pay|'ll have to)|no)\\b"),
            // A rule of some other kind as the shelter: "it's a hygiene thing", "first come first served".
            Pattern.compile("\\b(?:it'?s|that'?s) (?:a|an) (?:hygiene|health and safety|safety|insurance|legal)"
                    + " (?:thing|rule|issue)\\b"),
            Pattern.compile("\\bfor (?:hygiene|health and safety|safety|insurance) reasons\\b"),
            Pattern.compile("\\bfirst come,? first served\\b"),
            // Not my job: "refunds are not my department", "nothing to do with me", "it's their call in the end".
            Pattern.compile(
                    "(?:\\bnot|n't) (?:really |exactly |strictly )?(?:my|our) (?:job(?! to make you| to send you)|problem|department|call|decision|choice|rule|idea|side of things|bag"
                            + "|responsibility|area|station|section|remit)\\b"),
            Pattern.compile("\\bnothing to do with (?:me|us)\\b"),
            Pattern.compile("\\bnot (?:really )?(?:down|up) to (?:me|us)\\b"),
            Pattern.compile("\\bit'?s their call\\b"),
            Pattern.compile("\\bi'?m not (?:a|the) \\w+ (?:service|department|desk)\\b"),
            // "I'm just the till girl", "I only really do the haircare aisle", "ordering is done by purchase team
            // only".
            Pattern.compile("\\bi'?m (?:just|only) (?:the|a) (?:till|shelf|floor|bar|counter|checkout|register|weekend"
                    + "|new|junior) (?:girl|boy|guy|person|staff|lad|worker)\\b"),
            Pattern.compile("\\bi(?:'m| am) (?:just|only) (?:handing|serving|taking|bringing) (?:over |out )?(?:the )?"
                    + "(?:drinks|orders|food|coffees)\\b"),
            Pattern.compile("\\bi (?:just|only) really do\\b"),
            Pattern.compile(
                    "\\b(?:decided|done|handled|controlled) by (?:head office|regional office|area office|the purchase team|purchase team"
                            + "|purchasing|management|the owners?)(?: only)?\\b"),
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
            // "I just do the stocking"; not a fact about the stock ("we only do Pepsi") or an offer ("I'll just do you
            // a fresh one").
            Pattern.compile(
                    "\\bi (?:just|only) (?:do|make|work|run|serve|stack|pour) (?!(?:you|it|that|this|one|a|an)\\b)"
                            + "(?:the )?\\w+"),
            // "I don't deal with stock": somebody else's job.
            Pattern.compile(
                    "\\bi (?:don'?t|do not) (?:deal with|handle|do|look after) (?:the )?(?:stock|ordering|orders"
                            + "|refunds|complaints|deliveries)\\b"),
            // The buck passed: "you'd have to ask the manager", "you'll need to speak to whoever took your order",
            // "lol ask my manager" (the question sent to a superior, opening the clause).
            Pattern.compile(
                    "^(?:(?:lol|haha|ha|ugh|meh|well|just)[,.!]? )*ask (?:my|the|our) (?:manager|boss|supervisor)\\b"),
            Pattern.compile(
                    "\\b(?:take it up with|complain to|you'?ll have to ask) (?:my|the|our|head|someone|her|him|them)\\b"),
            Pattern.compile("\\byou(?:'?ll|'?d| will| would) (?:have|need) to (?:ask|speak to|talk to|check with|see)"
                    + " (?:my|the|our|whoever|someone|somebody)\\b"),
            Pattern.compile(
                    "\\byou(?:'?ll|'?d| will| would) (?:have|need) to (?:email|contact|write to|ring|call|phone)"
                            + " (?:customer services?|head office|the company|our head office|the manager|management)\\b"),
            // Sent elsewhere: "if you're not happy there's a café down the road".
            Pattern.compile("\\bif you'?re not happy,? (?:there'?s|go|try|you can (?:always )?(?:go|try))\\b"),
            // "There's a customer helpline on the website", "you could try ringing the customer line".
            Pattern.compile("\\bhelpline\\b"),
            Pattern.compile("\\b(?:customer care|customer line|customer services?) (?:number|line|email)\\b"),
            Pattern.compile("\\bon the (?:back|bottom) of (?:the|your) receipt\\b"),
            Pattern.compile("\\b(?:try|could try|could always try) ringing the customer\\b"),
            // A superior put first.
            // A superior's anger put before her: "my supervisor would have my head".
            Pattern.compile("\\b" + BlameOnOthers.THIRD_PARTY
                    + " (?:would|will|'d|'ll) (?:probably |definitely |literally |actually |totally )?"
                    + "(?:have my head|kill me|go mad|go spare|hit the roof|kick off|sack me|fire me|have a fit|lose it|flip|freak out|go nuts|not be happy)\\b"
                    + "(?! if i (?:let|didn'?t|did not|don'?t|took|charged))"),
            // "I don't think the manager would go for it", "head office are really strict", "they're funny about
            // freebies".
            Pattern.compile(
                    "\\b(?:they|" + BlameOnOthers.THIRD_PARTY + ")(?:'re| are|'s| is) (?:a bit |really |very |so )?"
                            + "(?:funny|fussy|touchy|particular|weird) about\\b"),
            Pattern.compile("\\b(?:(?:don't|do not) think|doubt) " + BlameOnOthers.THIRD_PARTY + " (?:would|will|'d)"
                    + " (?:go for it|approve|allow it|have it|like it)\\b"),
            Pattern.compile(
                    "\\b" + BlameOnOthers.THIRD_PARTY + " (?:wouldn't|won't|would never|will never|would not|will not)"
                            + " (?:go for it|approve|allow it|have it|like it)\\b"),
            Pattern.compile("\\b" + BlameOnOthers.THIRD_PARTY
                    + "(?:'s| is| are|'re) (?:really |very |super |quite |so )?strict\\b"),
            // Her wish weighed against the trainee's own standing: "I'd get a warning", "I'll get told off".
            Pattern.compile(
                    "(?<!no way )\\bi(?:'d| would|'ll| will| could| might|'m gonna)(?: probably| definitely| totally)?"
                            + " (?:get|be) (?:a warning|told off|in trouble|sacked|fired|written up)\\b"),
            Pattern.compile("\\b(?:get|got|be|been) (?:written up|disciplined)\\b"),
            Pattern.compile("\\bif i (?:go|leave|went)\\b[^.!?]{0,40}\\bmy neck\\b"),
            Pattern.compile("\\bmy neck(?:'s| is)? on the line\\b"),
            // Helplessness in other words: "not much anyone can do", "nowt anyone can do about Monday mornings", "it's
            // just the way things are here", "that's just life", "not a lot I can say really".
            Pattern.compile(
                    "\\b(?:nothing|nowt|not (?:much|a lot)) (?:anyone|anybody|one) can (?:really )?(?:do|sort)\\b"),
            Pattern.compile("\\bjust the way things are\\b"),
            Pattern.compile("\\bthat'?s (?:just )?life\\b"),
            Pattern.compile("\\bnot (?:a lot|much) (?:i|we) can say\\b"),
            Pattern.compile("\\byou just (?:put up with it|have to live with it|have to deal with it)\\b"),
            // "I just work here", "I didn't choose the drinks menu", "I'm only a weekend temp", "stock isn't something
            // I deal with", "I'm just doing what I'm told", "I'm not trained on the machine", "I don't even get a say",
            // "we have zero say", "rules from above".
            Pattern.compile("\\bi (?:just|only) work here\\b"),
            Pattern.compile(
                    "\\bi didn'?t (?:choose|pick|set|write|decide on) (?:the )?(?:drinks?|prices?|menu|rules|rota|stock|range)\\b"),
            Pattern.compile(
                    "\\bi'?m (?:just|only) (?:a |the )?(?:floor staff|temp|weekend temp|on stocking|restocking|stocking|shelf stacker)\\b"),
            Pattern.compile("\\b(?:isn'?t|is not|not) something i (?:deal with|handle|sort|do|'?m allowed to)\\b"),
            Pattern.compile("\\bdoing what i'?m told\\b"),
            Pattern.compile("\\bnot trained on\\b"),
            Pattern.compile("\\b(?:don'?t|do not|never) (?:even )?get a say\\b"),
            Pattern.compile("\\b(?:have|get) (?:zero|no) say\\b"),
            Pattern.compile("\\brules from above\\b"),
            // The buck passed or the till put first: "you should write to head office", "talk to corporate", "you're
            // better off asking at the service desk", "there's a feedback card by the door", "you'd have to find him",
            // "the till won't let me ring it up", "we don't do phoning round", "go look yourself".
            Pattern.compile(
                    "\\byou (?:should|could|can|might want to) (?:write to|email|contact|ring|call|complain to) (?:head office|corporate|customer services?|management|the manager|hq)\\b"),
            Pattern.compile(
                    "^(?:just )?(?:talk|speak|complain|write) to (?:corporate|head office|management|hq|customer services)\\b"),
            Pattern.compile("\\byou'?re better off asking\\b"),
            Pattern.compile("\\bfeedback (?:card|form)\\b"),
            Pattern.compile("\\byou'?d (?:have|need) to find (?:him|her|them)\\b"),
            Pattern.compile(
                    "\\b(?:till|system|computer|app|register|pos) (?:literally |just )?(?:won'?t|doesn'?t|will not|does not) let (?:me|us)\\b"),
            Pattern.compile("\\bwe don'?t do (?:phoning|ringing|calling)\\b"),
            Pattern.compile("\\bgo (?:and )?(?:look|check|ask) (?:urself|yourself)\\b"),
            // A superior's temper or a warning put first: "they'd sack me for walking off", "they'd only write me up",
            // "if I leave the floor I get a written warning", "the manager goes mental if we leave the floor", "my
            // manager will moan".
            Pattern.compile("\\b(?:they|he|she|" + BlameOnOthers.THIRD_PARTY
                    + ")(?:'d| would| will|'ll) (?:only )?(?:sack|fire|write up|kill) (?:me|us)\\b"),
            Pattern.compile("\\bwrite me up\\b"),
            Pattern.compile("\\bwritten warning\\b"),
            Pattern.compile("\\b(?:goes|go|will go|'ll go|would go|'d go) (?:mental|mad|spare|ballistic|nuts)\\b"),
            Pattern.compile(
                    "\\b" + BlameOnOthers.THIRD_PARTY + "(?:'ll| will| would|'d) (?:moan|kick off|have a go)\\b"),
            Pattern.compile(
                    "\\b(?:only )?(?:cos|because|coz|'cause) (?:my |the )?(?:manager|boss|supervisor) made me\\b"),
            // "you'll have to hang about till he's back": the store's delay paid for by her.
            Pattern.compile("\\byou'?ll (?:have|need) to (?:hang about|hang around)\\b"));

    private Shelter() {}
}
