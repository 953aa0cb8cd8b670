package org.extramile.people;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A person's personal data is being erased, in the transaction that erases it: each feature forgets them in its own
 * tables, replacing what named them ({@link #identifiers()}) by {@link #pseudonym()}, and counts what it erased. A
 * record is about them when it holds what names them alone ({@link #unique()}): their name alone could be a
 * namesake's, whose records must stay as they are.
 */
public final class PersonErased {

    /** What stands in a record for words that were erased with the person (a reason HR or a trainer gave). */
    public static final String ERASED = "Erased with the person's personal data.";

    private final long accountId;
    private final String username;
    private final String name;
    private final Optional<String> email;
    private final Optional<String> employeeNumber;
    private final String pseudonym;
    private final String by;
    private final Instant at;
    private final Pattern about;
    private final Pattern named;
    private final Map<String, Long> erased = new LinkedHashMap<>();

    PersonErased(Account account, String pseudonym, String by, Instant at) {
        this(
                account.id(),
                account.username(),
                account.displayName(),
                account.email(),
                account.employeeNumber(),
                pseudonym,
                by,
                at);
    }

    PersonErased(
            long accountId,
            String username,
            String name,
            Optional<String> email,
            Optional<String> employeeNumber,
            String pseudonym,
            String by,
            Instant at) {
        this.accountId = accountId;
        this.username = username;
        this.name = name;
        this.email = email;
        this.employeeNumber = employeeNumber;
        this.pseudonym = pseudonym;
        this.by = by;
        this.at = at;
        this.about = wholeWords(unique());
        this.named = wholeWords(identifiers());
    }

    public long accountId() {
        return accountId;
    }

    /** The username they had: what the records of their own doings ({@code actor}, {@code recorded_by}) hold. */
    public String username() {
        return username;
    }

    public Optional<String> email() {
        return email;
    }

    /** What stands for them from now on, wherever a record named them. */
    public String pseudonym() {
        return pseudonym;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    /** Whatever named them: their name, username, email address and employee number. */
    public List<String> identifiers() {
        return Stream.of(Optional.of(name), Optional.of(username), email, employeeNumber)
                .flatMap(Optional::stream)
                .filter(identifier -> !identifier.isBlank())
                .distinct()
                .toList();
    }

    /**
     * What names them alone: their employee number, email address, and username unless it is a plain word ("trainee"
     * would be found in any sentence about training).
     */
    public List<String> unique() {
        return Stream.of(employeeNumber, email, Optional.of(username).filter(u -> !u.matches("\\p{L}+")))
                .flatMap(Optional::stream)
                .filter(identifier -> !identifier.isBlank())
                .distinct()
                .toList();
    }

    /** Whether the text is about them: it names them by something only they have. */
    public boolean isAbout(String text) {
        return text != null && about.matcher(text).find();
    }

    /** The text, about them, with each of their identifiers (their name too) replaced by the pseudonym. */
    public String scrub(String text) {
        return text == null ? null : named.matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym));
    }

    /** Counts {@code count} records of a kind erased or scrubbed ("answers", "certificates", ...). */
    public void erased(String kind, long count) {
        if (count > 0) {
            erased.merge(kind, count, Long::sum);
        }
    }

    Map<String, Long> erased() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(erased));
    }

    /**
     * Any of the words, whole: "t-0001" must not eat into "t-00012", nor an address into a longer one. Longest first,
     * so that a name holding the username is replaced whole.
     */
    private static Pattern wholeWords(List<String> words) {
        return Pattern.compile(
                words.stream()
                        .sorted((a, b) -> b.length() - a.length())
                        .map(Pattern::quote)
                        .reduce((a, b) -> a + "|" + b)
                        .map(any -> "(?<![\\p{L}\\p{N}_.@-])(?:" + any + ")(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])")
                        .orElse("(?!)"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
