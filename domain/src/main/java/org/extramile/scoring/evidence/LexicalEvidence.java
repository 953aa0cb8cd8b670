package org.extramile.scoring.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.extramile.scoring.text.AnswerAnalyzer;
import org.extramile.scoring.text.Person;
import org.extramile.scoring.text.Segment;
import org.extramile.scoring.text.Token;

/**
 * Finds a criterion's indicator phrases in a clause: terms in order, with at most {@value #MAX_GAP} other content
 * words between them, inside one clause (so never across sentences). Synonyms are expanded into extra patterns
 * when the rubric is compiled. Looser matches (a synonym, one typo, all but one term) count as weaker evidence.
 */
public final class LexicalEvidence {

    private static final int MAX_GAP = 2;
    private static final int MIN_FUZZY_LENGTH = 5;
    /** For {@code smallWordsKept}: the phrase keeps every word, small ones too, and is found whole or not at all. */
    private static final int EVERY_WORD = 0;

    private static final Set<String> OBJECT_PRONOUNS = Set.of("you", "her", "him", "them", "me", "us");
    private static final Set<String> ARTICLES = Set.of("a", "an");

    private final List<IndicatorPattern> patterns;
    private final boolean loose;

    private LexicalEvidence(List<IndicatorPattern> patterns, boolean loose) {
        this.patterns = List.copyOf(patterns);
        this.loose = loose;
    }

    /**
     * Compiles indicators and synonym groups. {@code loose} allows synonyms of single words, typos and partial
     * matches; penalty criteria are compiled strict, so that only their specific phrases catch a deflection.
     */
    public static LexicalEvidence compile(
            AnswerAnalyzer analyzer, List<String> indicators, List<List<String>> synonyms, boolean loose) {
        return compile(analyzer, indicators, synonyms, loose, 2);
    }

    /**
     * A level's own words keep their small word whenever they have a single word besides: a trainer who writes "the
     * usual" or "it's fine" for a middle level means those words, not "usual" in "what was your usual again?" or
     * "fine" in "you're fine with water".
     */
    public static LexicalEvidence compileLevelWords(
            AnswerAnalyzer analyzer, List<String> words, List<List<String>> synonyms, boolean loose) {
        return compile(analyzer, words, synonyms, loose, 1);
    }

    private static LexicalEvidence compile(
            AnswerAnalyzer analyzer,
            List<String> indicators,
            List<List<String>> synonyms,
            boolean loose,
            int smallWordsKept) {
        List<List<List<Token>>> groups = synonyms.stream()
                .map(group -> group.stream()
                        .map(analyzer::analyze)
                        .filter(t -> !t.isEmpty())
                        .toList())
                .toList();
        List<IndicatorPattern> patterns = new ArrayList<>();
        Token one = analyzer.analyze("one").get(0);
        for (String indicator : indicators) {
            List<Token> original = analyzer.analyze(indicator);
            if (original.isEmpty()) {
                continue;
            }
            patterns.add(pattern(indicator, indicator, original, EvidenceKind.INDICATOR, smallWordsKept));
            addSynonymVariants(indicator, original, groups, synonyms, loose, smallWordsKept, patterns);
            if (loose) {
                // The person stays: "get you one" offers, "you could get one" does not.
                withOne(original, one).ifPresent(variant -> {
                    patterns.add(pattern(indicator, "one", variant, EvidenceKind.SYNONYM, EVERY_WORD));
                    addSynonymVariants(indicator, variant, groups, synonyms, loose, EVERY_WORD, patterns);
                });
            }
        }
        return new LexicalEvidence(patterns.stream().distinct().toList(), loose);
    }

    /**
     * "Get you a Diet Coke" is as often said "get you one": the customer has named the thing already. When a person
     * stands between the verb and "a" or "an", the object after it may be "one"; an idiom without the person ("take
     * a seat") keeps its object.
     */
    private static Optional<List<Token>> withOne(List<Token> tokens, Token one) {
        int verb = IntStream.range(0, tokens.size())
                .filter(i -> tokens.get(i).content())
                .findFirst()
                .orElse(tokens.size());
        boolean shaped = verb + 3 < tokens.size()
                && OBJECT_PRONOUNS.contains(tokens.get(verb + 1).term())
                && ARTICLES.contains(tokens.get(verb + 2).term())
                && tokens.subList(verb + 3, tokens.size()).stream().anyMatch(Token::content);
        if (!shaped) {
            return Optional.empty();
        }
        List<Token> variant = new ArrayList<>(tokens.subList(verb, verb + 2));
        variant.add(one);
        return Optional.of(variant);
    }

    private static void addSynonymVariants(
            String indicator,
            List<Token> tokens,
            List<List<List<Token>>> groups,
            List<List<String>> synonyms,
            boolean loose,
            int smallWordsKept,
            List<IndicatorPattern> patterns) {
        for (int g = 0; g < groups.size(); g++) {
            List<List<Token>> group = groups.get(g);
            for (int e = 0; e < group.size(); e++) {
                int at = indexOf(tokens, group.get(e));
                if (at < 0) {
                    continue;
                }
                for (int other = 0; other < group.size(); other++) {
                    List<Token> replacement = group.get(other);
                    if (other == e || (!loose && replacement.size() < 2)) {
                        continue;
                    }
                    List<Token> variant = new ArrayList<>(tokens.subList(0, at));
                    variant.addAll(replacement);
                    variant.addAll(tokens.subList(at + group.get(e).size(), tokens.size()));
                    patterns.add(pattern(
                            indicator,
                            synonyms.get(g).get(other),
                            variant,
                            EvidenceKind.SYNONYM,
                            smallWordsKept,
                            at,
                            at + replacement.size()));
                }
            }
        }
    }

    private static IndicatorPattern pattern(
            String indicator, String phrase, List<Token> tokens, EvidenceKind kind, int smallWordsKept) {
        return pattern(indicator, phrase, tokens, kind, smallWordsKept, 0, 0);
    }

    /** {@code from} and {@code to}: the tokens a synonym put in, if any. */
    private static IndicatorPattern pattern(
            String indicator,
            String phrase,
            List<Token> tokens,
            EvidenceKind kind,
            int smallWordsKept,
            int from,
            int to) {
        List<String> content =
                tokens.stream().filter(Token::content).map(Token::term).toList();
        boolean negated = tokens.stream().anyMatch(Token::negator);
        // "On the house" without its small words is just "house": keep them when too little content is left.
        boolean whole = smallWordsKept == EVERY_WORD;
        boolean strict = whole || content.size() < 2 && tokens.size() - content.size() >= smallWordsKept;
        List<String> terms = strict ? tokens.stream().map(Token::term).toList() : content;
        List<Integer> contentAt = IntStream.range(0, tokens.size())
                .filter(i -> tokens.get(i).content())
                .boxed()
                .toList();
        Set<Person> persons = contentAt.isEmpty()
                ? Set.of()
                : Person.between(tokens, contentAt.get(0), contentAt.get(contentAt.size() - 1));
        int synonymFrom = strict ? from : termsBefore(tokens, from);
        int synonymTo = strict ? to : termsBefore(tokens, to);
        Set<Integer> smallTerms = strict
                ? IntStream.range(0, tokens.size())
                        .filter(i -> !tokens.get(i).content())
                        .boxed()
                        .collect(java.util.stream.Collectors.toSet())
                : Set.of();
        // A strict pattern matches its pronouns as words; one of content words only is told whose it is apart.
        Optional<Person> owner =
                strict || contentAt.isEmpty() ? Optional.empty() : Person.ownerBefore(tokens, contentAt.get(0));
        boolean possessed = negated
                && !contentAt.isEmpty()
                && Person.possessiveBetween(tokens, contentAt.get(0), contentAt.get(contentAt.size() - 1));
        return new IndicatorPattern(
                indicator,
                phrase,
                terms,
                strict,
                whole,
                negated,
                possessed,
                persons,
                owner,
                kind,
                synonymFrom,
                synonymTo,
                smallTerms);
    }

    private static int termsBefore(List<Token> tokens, int at) {
        return (int) tokens.subList(0, at).stream().filter(Token::content).count();
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** The best match of any indicator in this clause, if any. */
    public Optional<LexicalMatch> bestIn(Segment segment, String answer) {
        LexicalMatch best = null;
        for (IndicatorPattern pattern : patterns) {
            LexicalMatch match = match(pattern, segment, answer);
            if (match != null && (best == null || match.score() > best.score())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    private LexicalMatch match(IndicatorPattern pattern, Segment segment, String answer) {
        List<Token> tokens = segment.tokens();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (pattern.strict() || tokens.get(i).content()) {
                candidates.add(i);
            }
        }
        int[] span = find(pattern.terms(), tokens, candidates, answer, false);
        boolean fuzzy = false;
        if (span == null && loose) {
            span = find(pattern.terms(), tokens, candidates, answer, true);
            fuzzy = span != null;
        }
        boolean partial = false;
        if (span == null && loose) {
            for (List<String> fewer : pattern.withOnePartLeftOut()) {
                span = find(fewer, tokens, candidates, answer, false);
                if (span != null) {
                    break;
                }
            }
            partial = span != null;
        }
        if (span == null) {
            return null;
        }
        Set<Person> said = Person.between(tokens, span[0], span[1]);
        if (pattern.speaksOfAnother(said, Person.subjectBefore(tokens, span[0])) || pattern.possessiveUnsaid(said)) {
            return null;
        }
        if (discourseMarker(pattern, tokens, span, answer)) {
            return null;
        }
        if (!partial && unowned(pattern, tokens, span)) {
            partial = true;
        }
        Strength strength = pattern.kind() == EvidenceKind.SYNONYM ? Strength.LIKELY : Strength.STRONG;
        if (fuzzy) {
            strength = strength.weaker();
        }
        if (partial) {
            strength = Strength.POSSIBLE;
        }
        return new LexicalMatch(segment, pattern, span[0], span[1], strength, partial, fuzzy);
    }

    /**
     * "Sorry about the mix-up" names a thing where the phrase names a doing ("we mixed it up", "my mistake"): a
     * phrase with an owner found after an article, in a clause that names nobody, is found only in part.
     */
    private static boolean unowned(IndicatorPattern pattern, List<Token> tokens, int[] span) {
        return pattern.owner().isPresent()
                && span[0] > 0
                && DETERMINERS.contains(tokens.get(span[0] - 1).term())
                && Person.between(tokens, -1, tokens.size()).isEmpty();
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "any", "this", "that");

    /**
     * "Right, that's Dan's." opens with a discourse marker, not with the "right" left of "right now" once its small
     * word is dropped: a phrase reduced to one word is not found in a clause's opening word set off by a comma, nor
     * after "to be" ("To be fair, the loaf sells out early" brings in an excuse; it does not grant "that's fair").
     */
    private static boolean discourseMarker(IndicatorPattern pattern, List<Token> tokens, int[] span, String answer) {
        if (pattern.terms().size() != 1 || pattern.phrase().strip().split("\\s+").length < 2) {
            return false;
        }
        if (TO_BE.matcher(answer.substring(0, tokens.get(span[0]).start())).find()) {
            return true;
        }
        if (span[0] != 0) {
            return false;
        }
        int after = tokens.get(0).end();
        return after < answer.length() && answer.charAt(after) == ',';
    }

    private static final Pattern TO_BE = Pattern.compile("(?i)\\bto be\\s+$");

    /** First in-order occurrence of the terms among the candidate tokens, with small gaps; token indices or null. */
    private static int[] find(
            List<String> terms, List<Token> tokens, List<Integer> candidates, String answer, boolean fuzzy) {
        for (int s = 0; s < candidates.size(); s++) {
            if (!same(terms.get(0), tokens.get(candidates.get(s)), fuzzy)) {
                continue;
            }
            int at = s;
            int matched = 1;
            while (matched < terms.size()) {
                int next = -1;
                for (int c = at + 1; c <= Math.min(candidates.size() - 1, at + 1 + MAX_GAP); c++) {
                    if (same(terms.get(matched), tokens.get(candidates.get(c)), fuzzy)) {
                        next = c;
                        break;
                    }
                }
                if (next < 0) {
                    break;
                }
                at = next;
                matched++;
            }
            if (matched == terms.size() && !(terms.size() == 1 && inCompound(tokens.get(candidates.get(s)), answer))) {
                return new int[] {candidates.get(s), candidates.get(at)};
            }
        }
        return null;
    }

    private static boolean same(String term, Token token, boolean fuzzy) {
        if (term.equals(token.term())) {
            return true;
        }
        return fuzzy
                && term.length() >= MIN_FUZZY_LENGTH
                && token.term().length() >= MIN_FUZZY_LENGTH
                && term.charAt(0) == token.term().charAt(0)
                && withinOneEdit(term, token.term());
    }

    /** "sugar-free" is not "free": a single word inside a hyphenated compound does not match on its own. */
    private static boolean inCompound(Token token, String answer) {
        return (token.start() > 0 && answer.charAt(token.start() - 1) == '-')
                || (token.end() < answer.length() && answer.charAt(token.end()) == '-');
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    private static int indexOf(List<Token> tokens, List<Token> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!tokens.get(i + k).term().equals(phrase.get(k).term())) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
