package org.extramile.scoring.text;

import java.io.Serializable;

/**
 * Words that keep an offer below the top level of its criterion, as written, and what they leave open: whether it
 * will happen at all ("I might", "I'll ask my manager if"), or who is to do it ("you could ring them").
 *
 * @param words the hedging words as the answer writes them
 * @param leftToTheCustomer the customer, not the speaker, is to do what is offered
 */
public record Hedge(String words, boolean leftToTheCustomer) implements Serializable {

    /** Why the hedge keeps the offer from the top level, for the criterion's reason. */
    public String why() {
        return "'" + words + "' " + (leftToTheCustomer ? "leaves it to the customer" : "only holds out the hope of it");
    }
}
