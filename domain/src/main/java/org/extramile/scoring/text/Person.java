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

    /**
     * Who does what a phrase says from token {@code first} on: the person of a pronoun that can be its subject among
     * the three tokens before it ("we mixed it up", "you must have mixed it up", "let me get it"), the nearer first;
     * empty when none is one. A possessive is no subject: "we got your order mixed up".
     */
    public static Optional<Person> subjectBefore(List<Token> tokens, int first) {
        return before(tokens, first, SUBJECTS);
    }

    /**
     * Whose is what a trainer's phrase says: its subject, or the possessive before its first content word ("my
     * mistake", a variant "my mix-up"). An answer's possessive is not taken for its subject ("we got your order mixed
     * up" is ours), but a phrase's says whose it is.
     */
    public static Optional<Person> ownerBefore(List<Token> tokens, int first) {
        return before(tokens, first, OWNERS);
    }

    private static Optional<Person> before(List<Token> tokens, int first, Set<String> words) {
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            if (words.contains(tokens.get(i).term())) {
                return of(tokens.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether a possessive ("my", "our", "your") stands between tokens {@code from} and {@code to}, both excluded. */
    public static boolean possessiveBetween(List<Token> tokens, int from, int to) {
        return tokens.subList(Math.min(from + 1, to), to).stream().anyMatch(t -> POSSESSIVES.contains(t.term()));
    }

    private static final Set<String> POSSESSIVES = Set.of("my", "our", "your");

    private static final Set<String> SUBJECTS = Set.of("i", "me", "we", "you");

    private static final Set<String> OWNERS = Set.of("i", "me", "we", "you", "my", "our", "your");

    /** The persons named by tokens {@code from} to {@code to}, both excluded. */
    public static Set<Person> between(List<Token> tokens, int from, int to) {
        Set<Person> persons = EnumSet.noneOf(Person.class);
        for (int i = from + 1; i < to; i++) {
            of(tokens.get(i)).ifPresent(persons::add);
        }
        return persons;
    }
}
