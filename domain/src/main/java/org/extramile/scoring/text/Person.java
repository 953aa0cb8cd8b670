package org.extramile.scoring.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a pronoun speaks of: the one answering or the one answered. Pronouns are stop words, so that "make you a fresh
 * one" matches "make a fresh one for you"; but where a phrase names one and the answer the other, they say opposite
 * things: "not my fault" disowns, "not your fault" reassures.
 */
public enum Person {
    SPEAKER("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"),
    LISTENER("you", "your", "yours", "yourself", "yourselves");

    private final Set<String> terms;

    Person(String... words) {
        AnswerAnalyzer analyzer = new AnswerAnalyzer();
        this.terms = List.of(words).stream()
                .flatMap(w -> analyzer.analyze(w).stream())
                .map(Token::term)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Person> of(Token token) {
        for (Person p : values()) {
            if (p.terms.contains(token.term())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The persons named by tokens {@code from} to {@code to}, both excluded. */
    public static Set<Person> between(List<Token> tokens, int from, int to) {
        Set<Person> persons = EnumSet.noneOf(Person.class);
        for (int i = from + 1; i < to; i++) {
            of(tokens.get(i)).ifPresent(persons::add);
        }
        return persons;
    }
}
