package org.extramile.scoring;

import java.util.function.Predicate;
import org.extramile.scoring.text.Condition;
import org.extramile.scoring.text.Debt;
import org.extramile.scoring.text.Retreat;
import org.extramile.scoring.text.Segment;

/**
 * What, said anywhere in an answer, takes back what its other clauses offer, for a criterion whose author wrote such a
 * clause down as a counter-example: a favour made into a debt ("It is a bit of a trek, but I'll manage somehow."),
 * going along with the customer's retreat ("Well, if you're sure you're fine with water, I won't bother then."), a
 * condition put on her ("I can remake it if you can show me your receipt.").
 */
enum Undoing {
    DEBT(Debt::owed),
    RETREAT(Retreat::goesAlong),
    CONDITION(Condition::imposed);

    private final Predicate<Segment> says;

    Undoing(Predicate<Segment> says) {
        this.says = says;
    }

    boolean saidIn(Segment clause) {
        return says.test(clause);
    }
}
