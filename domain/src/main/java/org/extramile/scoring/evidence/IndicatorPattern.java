package org.extramile.scoring.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.extramile.scoring.text.Person;

/**
 * An indicator phrase ready to match: its analysed terms in order, and how it was made (the trainer's own words,
 * or one of them replaced by a synonym). {@code strict} patterns keep their small words ("on the house") because
 * without them too little is left to be specific. {@code persons} are those its pronouns name between its terms
 * ("not my fault"), {@code possessed} whether a negated phrase has a possessive there, and {@code owner} whose it is,
 * by its subject or possessive ("we mixed it up", "my mistake"): an answer naming only the other there says something
 * else. A {@code whole} pattern is found whole or not at all: a variant made by a rule ("get you one") would say anything with a word left out. The terms
 * from {@code synonymFrom} to {@code synonymTo} are a synonym's words put in for one of the trainer's: one part of the
 * phrase, left out whole or kept whole ("out" of "find out" is no part of "check their stock" on its own). The terms
 * at {@code smallTerms} are small words a strict pattern keeps: what is found of it in part holds a word besides them
 * ("on the" is no part of "on the house").
 */
public record IndicatorPattern(
        String indicator,
        String phrase,
        List<String> terms,
        boolean strict,
        boolean whole,
        boolean negated,
        boolean possessed,
        Set<Person> persons,
        Optional<Person> owner,
        EvidenceKind kind,
        int synonymFrom,
        int synonymTo,
        Set<Integer> smallTerms) {

    public IndicatorPattern {
        terms = List.copyOf(terms);
        persons = Set.copyOf(persons);
        smallTerms = Set.copyOf(smallTerms);
    }

    /**
     * The terms with one part left out, each way it can be: how an answer that has the phrase in part has it. A
     * synonym's variant keeps its synonym: without it, what is left is the trainer's own phrase in part, to be found
     * as such ("Good morning and welcome!" has two of the three words of the variant "good morning, Grace", but not
     * three of the four of "good morning, Mrs Okafor").
     */
    List<List<String>> withOnePartLeftOut() {
        List<List<Integer>> parts = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (t == synonymFrom && synonymTo - synonymFrom > 1) {
                parts.add(IntStream.range(synonymFrom, synonymTo).boxed().toList());
                t = synonymTo - 1;
            } else {
                parts.add(List.of(t));
            }
        }
        if (whole || parts.size() < 3) {
            return List.of();
        }
        return parts.stream()
                .filter(left -> kind != EvidenceKind.SYNONYM || !left.contains(synonymFrom))
                .map(left -> IntStream.range(0, terms.size())
                        .filter(t -> !left.contains(t))
                        .boxed()
                        .toList())
                .filter(kept -> !smallTerms.containsAll(kept))
                .map(kept -> kept.stream().map(terms::get).toList())
                .toList();
    }

    /**
     * Whether a negated phrase's possessive goes unsaid between the answer's matched terms: "not my problem" disowns,
     * "not a problem" is a courtesy; the possessive is what tells them apart ("not your problem" names another).
     */
    boolean possessiveUnsaid(Set<Person> said) {
        return negated && possessed && said.isEmpty();
    }

    /**
     * Whether the pronouns an answer has between the matched terms, or as the subject before them, name someone else
     * than the phrase's: "you mixed it up" is not "we mixed it up".
     */
    boolean speaksOfAnother(Set<Person> said, Optional<Person> doer) {
        return (!persons.isEmpty() && !said.isEmpty() && persons.stream().noneMatch(said::contains))
                || (owner.isPresent() && doer.isPresent() && !owner.equals(doer));
    }
}
