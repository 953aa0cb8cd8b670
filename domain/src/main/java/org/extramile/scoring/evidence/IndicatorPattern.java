package org.extramile.scoring.evidence;

import java.util.List;
import java.util.Set;
import org.extramile.scoring.text.Person;

/**
 * An indicator phrase ready to match: its analysed terms in order, and how it was made (the trainer's own words,
 * or one of them replaced by a synonym). {@code strict} patterns keep their small words ("on the house") because
 * without them too little is left to be specific. {@code persons} are those its pronouns name between its terms
 * ("not my fault"): an answer naming only the other there says something else. A {@code whole} pattern is found
 * whole or not at all: a variant made by a rule ("get you one") would say anything with a word left out.
 */
public record IndicatorPattern(
        String indicator,
        String phrase,
        List<String> terms,
        boolean strict,
        boolean whole,
        boolean negated,
        Set<Person> persons,
        EvidenceKind kind) {

    public IndicatorPattern {
        terms = List.copyOf(terms);
        persons = Set.copyOf(persons);
    }

    /** Whether an answer that has all its terms but one has it in part. */
    boolean findableInPart() {
        return !whole && terms.size() >= 3;
    }

    /** Whether the pronouns an answer has between the matched terms name someone else than the phrase's. */
    boolean speaksOfAnother(Set<Person> said) {
        return !persons.isEmpty() && !said.isEmpty() && persons.stream().noneMatch(said::contains);
    }
}
