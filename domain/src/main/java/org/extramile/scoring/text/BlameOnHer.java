package org.extramile.scoring.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Blame laid on the customer herself: her timing, her order, her missing her name being called, her impatience ("you
 * need to come earlier", "that's what you ordered", "are you sure you didn't pick up someone else's", "I heard you the
 * first time", "we're not a delivery service").
 */
final class BlameOnHer {

    static final List<Pattern> PATTERNS = List.of(
            // Blaming the customer's timing.
            // "You need to come earlier": her timing, not the store's stock, is made the trouble.
            Pattern.compile(
                    "\\byou(?:'ll|'d|'ve| will| would)?(?: just| really)? (?:need|have|should|must|ought|gotta|got|could(?: always)?)(?: to)?"
                            + " (?:come|get here|be here|come in|pop in|shop|get in) (?:in |here )?(?:a bit |a little )?(?:earlier|sooner|early"
                            + "|first thing|before (?:opening|eight|seven|six|nine|ten|\\d))\\b"),
            // "You'd have been better off at lunchtime", "if you'd bought it when you first spotted it you'd have it
            // now", "if you leave it too late".
            Pattern.compile("\\byou'?d have been better off\\b"),
            Pattern.compile("\\bif you'?d (?:bought|come|asked|ordered|got|grabbed) (?:it|them|one|in|earlier)\\b"),
            Pattern.compile("\\byou'?d (?:have|'ve) (?:had|got|gotten) (?:it|one|them) if\\b"),
            Pattern.compile("\\bif you leave it (?:a|too|till|until)\\b"),
            // Blaming the customer's order.
            // "That's what the ticket says": the order she gave is made the mistake.
            Pattern.compile(
                    "\\bthat'?s what (?:the (?:ticket|receipt|docket|screen|order|till) says|(?:it )?says on the"
                            + " (?:ticket|receipt|docket|screen|order)|you (?:ordered|asked for|said))\\b"),
            // "Did you say oat when you ordered?": her order made the mistake.
            Pattern.compile("\\bdid you (?:say|ask for|mention|specify|tell (?:us|me|them)) [^?]{1,30}when you"
                    + " (?:ordered|paid)\\b"),
            // "You did change your order halfway through at the till", "you must have given the wrong name".
            Pattern.compile("\\byou did (?:kinda |kind of |sort of )?(?:change|ask|order|say|pick|come)\\b"),
            Pattern.compile("\\byou (?:must|might|may)(?: have|'ve) (?:picked|grabbed|taken|took|misheard|misread"
                    + "|ordered|got|mixed|given|gave|said|written|put)\\b"),
            // "Easy mistake to make on your part"; "no mistake on your part" reassures.
            Pattern.compile("\\b(?<!no )(?<!not )(?<!n't )(?:mistake|error|slip|mix-?up|oversight)s? (?:[a-z]+ ){0,3}on"
                    + " your (?:part|end|side)\\b"),
            // Blaming the customer for the mix-up at the hand-off.
            // "So you grabbed Dan's": her drink was handed out wrong, and the trainee says she took it.
            Pattern.compile("\\byou (?:grabbed|took|picked up|walked off with) (?:dan'?s|someone else'?s"
                    + "|somebody else'?s|the wrong|his|another)\\b"),
            // "Are you sure you didn't pick up someone else's", "did you not check the name before you took it", "you
            // kinda have to look at the name", "next time maybe you spell it for us".
            Pattern.compile("\\bare you sure you (?:didn't|did not|ordered|asked|said|picked|grabbed|took)\\b"),
            Pattern.compile("\\b(?:did you not|didn'?t you) (?:check|look|read|see|hear|listen)\\b"),
            Pattern.compile("\\byou probably just\\b"),
            Pattern.compile("\\byou (?:kinda |kind of |sort of )?have to (?:look|check|read)\\b"),
            Pattern.compile("\\bnext time,? (?:maybe |please |just )?(?:you )?(?:spell|check|say|look|read)\\b"),
            // "It was called out as Dana", "I did call your name": she missed it, not the store.
            Pattern.compile(
                    "\\b(?:it was|i|we) (?:definitely |clearly |did )?(?:called|shouted) (?:it )?out\\b(?! \\w+ and handed| the wrong)"),
            Pattern.compile("\\bi (?:did|definitely|clearly) call(?:ed)? (?:your name|it out|out)\\b"),
            Pattern.compile(
                    "\\byou (?:must|might|may)(?: not|n't)(?: have|'ve) (?:heard|seen|noticed|listened|checked)\\b"),
            // "You should have...": what she ought to have done.
            // "You should have booked ahead", "shoulda pre-ordered on the app", "should of checked the drinks list
            // before you came down", "it'd have been easier if you'd asked", "you could've rung them yourself",
            // "probably worth a look before ordering next time".
            Pattern.compile("\\byou (?:really |honestly |just )?(?:should|could|would)(?: have|'ve) (?:come|been|asked"
                    + "|ordered|checked|double[- ]?checked|got|grabbed|booked|called|read|looked|bought|said|told|mentioned|noticed"
                    + "|spoken up)\\b"),
            Pattern.compile("^(?:should|shoulda|should've|should have) (?:come|been|asked|ordered|checked)\\b"),
            Pattern.compile("^(?:should|shoulda|should've|should have) (?:pre-?ordered|booked|rung|called)\\b"),
            Pattern.compile("\\bif you'?d (?:asked|checked|looked|read|done)\\b"),
            Pattern.compile(
                    "\\bshould(?: of|'ve| have) (?:checked|looked|read|asked|rung|called)\\b[^.!?]{0,30}\\bbefore"
                            + " you\\b"),
            Pattern.compile("\\b(?:easier|quicker|better) if you'?d\\b(?! like| prefer| rather)"),
            Pattern.compile(
                    "\\byou could(?:'ve| have) (?:rung|called|phoned|checked|looked|asked|brought|pre-?ordered)\\b"),
            Pattern.compile("\\bworth (?:a look|checking|reading) before (?:ordering|you order)\\b"),
            // Impatience laid on her: "it's not like you're the only one waiting".
            // "Everyone's waiting, not just you": a sentence with a negator is split at its commas.
            Pattern.compile("^not (?:just|only) you\\b"),
            Pattern.compile(
                    "\\b(?:not like you'?re the only one|you'?re not the only one (?:waiting|in the queue"
                            + "|in the line|here)|you'?re not the only (?:person|customer|one) (?:who'?s|who has|that'?s) (?:been )?waiting)\\b"),
            // "If people would just decide what they want", "there's about forty people in the queue, what do you
            // expect", "in my day people waited for their name to be called".
            Pattern.compile("\\bif (?:(?:people|customers) (?:would |could )?|you (?:would|could) )just\\b"),
            Pattern.compile("\\bwhat (?:do|did) you expect\\b"),
            Pattern.compile("\\bin my day\\b"),
            // "Just say so, I haven't got all day."
            Pattern.compile("\\bi (?:haven'?t|have not|ain'?t) got all day\\b"),
            // Her asking again made the trouble: "Yes, alright, I heard you the first time."
            Pattern.compile("\\bi heard you the first time\\b"),
            // "That's twice you've asked", "you kinda backed me into it asking twice".
            Pattern.compile("\\bthat'?s twice you'?ve asked\\b"),
            Pattern.compile("\\byou'?ve asked me the same thing\\b"),
            Pattern.compile("\\byou'?ve asked (?:me )?(?:the same thing )?twice\\b"),
            Pattern.compile("\\bbacked me into\\b"),
            // The trouble handed to her, if only in jest: "if I do, I'm blaming you", "I'll just say you insisted".
            Pattern.compile("\\bi(?:'m| am|'ll| will)(?: just)? (?:blam(?:e|ing) you|say(?:ing)? you (?:insisted|asked"
                    + "|made me|begged))\\b"),
            // "If anyone asks it was your idea", "that's on you really", "so let's not make a habit of it".
            Pattern.compile("\\b(?:it was|it'?s|that was) your idea\\b"),
            Pattern.compile("\\b(?:that'?s|it'?s) on you\\b"),
            Pattern.compile("\\blet'?s not make a habit of (?:it|this)\\b"),
            // The errand handed back to her: "you'll have to go yourself, we're not a delivery service", "so you'll
            // have to collect it yourself".
            Pattern.compile("\\byou(?:'?ll|'?d| will| would) (?:have|need) to (?:go|pop|nip|head|collect|pick|fetch|get"
                    + "|grab)(?: [a-z]+){0,3} yourself\\b"),
            Pattern.compile("\\b(?:we'?re|we are|i'?m|i am) not a (?:delivery|taxi|courier|errand) service\\b"),
            // Her timing or her care made the trouble: "if you'd picked one up Monday", "you've left it a bit late",
            // "you kinda missed the boat", "people really should check the drinks list", "you ought to look at the
            // cup", "did you check the shelf properly", "did you actually say Dana", "it sounded like Dan when you
            // ordered", "u prob grabbed it off the wrong end", "you've gotta spell it out", "suit yourself".
            Pattern.compile("\\bif you'?d (?:picked|bought|ordered|got|rung|called|booked)\\b"),
            Pattern.compile("\\byou'?ve left it (?:a bit |too |rather |very |a little )?late\\b"),
            Pattern.compile("\\byou (?:kinda |sort of |kind of |just )?missed the boat\\b"),
            Pattern.compile(
                    "\\b(?:people|customers|folks|guests) (?:really |honestly |just )?(?:should|need to|ought to|have to) (?:check|read|look|ask|order|book|come)\\b"),
            Pattern.compile(
                    "\\byou (?:really |honestly )?(?:ought to|should|need to|gotta|have to) (?:look at|check|read) (?:the |your )?(?:cup|name|label|ticket|receipt|shelf|drinks list|menu)\\b"),
            Pattern.compile("\\bdid you (?:check|look|read)\\b[^?]{0,25}\\bproperly\\b"),
            Pattern.compile("\\bdid you (?:actually|even|definitely|really) (?:say|order|ask)\\b"),
            Pattern.compile("\\bsounded like [a-z]+ when you\\b"),
            Pattern.compile("\\b(?:you|u) (?:prob(?:ably)? )?(?:grabbed|took|picked up) it (?:off|from) the wrong\\b"),
            Pattern.compile("\\byou'?ve (?:gotta|got to) spell\\b"),
            Pattern.compile("\\bsuit yourself\\b"),
            Pattern.compile(
                    "\\byou'?ll (?:have|need) to (?:grab|collect|pick up|fetch) it (?:on your way|from there)\\b"),
            Pattern.compile("\\bsave us both the hassle\\b"));

    private BlameOnHer() {}
}
