package org.extramile.scoring.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an answer into sentences, then into clauses where meaning can turn: before a contrast word ("but",
 * "however", "though"), at semicolons and dashes, and at commas of a sentence that holds a negator, so that
 * "I can't believe we ran out, let me check the back" keeps its offer apart from its negation. Tiny pieces
 * ("Sure,", "Oh no,") join their neighbour, unless it turns against them: in "Sorry, but you must have picked up the
 * wrong cup" the "but" withdraws the apology, as it withdraws an offer. Very long pieces are cut so the embedding
 * model sees all of them.
 */
public final class Segmenter {

    // An emoji or a smiley ends a sentence as a full stop does when a capital follows: "not a cent 😄 Enjoy!"
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026]+[\"'\u201d\u2019)]*(?=\\s|$)|\\R+"
            + "|(?:\\p{So}[\\p{So}\\p{Sk}\ufe0f\u200d]*|(?<=\\s)[:;]-?[()DP])(?=\\s+\\p{Lu})");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "vs");
    // "though" or "yet" that ends its clause ("I won't leave you without it though - ...") looks back, not forward
    private static final Pattern CONTRAST =
            Pattern.compile("(?i)(?:,\\s*|\\s+)(?=(?:but|however|although|except|unless|otherwise)\\b"
                    + "|(?:though|yet)\\b(?!\\s*(?:[-,.;:!?)\u2013\u2014]|$)))|[;:]\\s*|\\s+[-\u2013\u2014]+\\s+");
    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 40;

    private final AnswerAnalyzer analyzer;

    public Segmenter(AnswerAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<Segment> segment(String answer) {
        List<Segment> segments = new ArrayList<>();
        int sentence = 0;
        for (int[] s : sentences(answer)) {
            List<int[]> clauses = new ArrayList<>();
            for (int[] piece : split(answer, s, CONTRAST)) {
                boolean negated = analyzer.analyze(answer.substring(piece[0], piece[1])).stream()
                        .anyMatch(Token::negator);
                for (int[] clause : negated ? split(answer, piece, COMMA) : List.of(piece)) {
                    clauses.add(new int[] {clause[0], clause[1], piece[0], piece[1]});
                }
            }
            for (int[] clause : mergeTiny(answer, clauses)) {
                String stretch = answer.substring(clause[2], clause[3]);
                for (int[] part : cutLong(answer, clause)) {
                    String text = answer.substring(part[0], part[1]);
                    segments.add(new Segment(
                            segments.size(),
                            sentence,
                            part[0],
                            part[1],
                            text,
                            opener(text),
                            analyzer.analyze(text, part[0]),
                            stretch));
                }
            }
            sentence++;
        }
        return List.copyOf(segments);
    }

    /** Sentence spans, trimmed, never empty. */
    private static List<int[]> sentences(String answer) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(answer);
        int from = 0;
        while (m.find()) {
            if (m.group().startsWith(".") && isAbbreviation(answer, m.start())) {
                continue;
            }
            addTrimmed(answer, from, m.group().matches("\\R+") ? m.start() : m.end(), spans);
            from = m.end();
        }
        addTrimmed(answer, from, answer.length(), spans);
        return spans;
    }

    private static boolean isAbbreviation(String answer, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetter(answer.charAt(i - 1)) || answer.charAt(i - 1) == '.')) {
            i--;
        }
        return ABBREVIATIONS.contains(answer.substring(i, dot).toLowerCase(Locale.ROOT));
    }

    private static List<int[]> split(String answer, int[] span, Pattern at) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = at.matcher(answer).region(span[0], span[1]);
        int from = span[0];
        while (m.find()) {
            addTrimmed(answer, from, m.start(), parts);
            from = m.end();
        }
        addTrimmed(answer, from, span[1], parts);
        return parts;
    }

    private static void addTrimmed(String answer, int start, int end, List<int[]> spans) {
        while (start < end
                && !Character.isLetterOrDigit(answer.codePointAt(start))
                && !isOpeningMark(answer.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(answer.charAt(end - 1))) {
            end--;
        }
        if (start < end && answer.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
            spans.add(new int[] {start, end});
        }
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '\u201c' || c == '\u2018';
    }

    private List<int[]> mergeTiny(String answer, List<int[]> clauses) {
        List<int[]> merged = new ArrayList<>();
        int[] carry = null;
        for (int[] clause : clauses) {
            if (carry != null && !opener(answer.substring(clause[0], clause[1])).isEmpty()) {
                merged.add(carry);
                carry = null;
            }
            int[] current = carry == null ? clause : joined(carry, clause);
            carry = null;
            if (words(answer, current) < MIN_WORDS) {
                carry = current;
            } else {
                merged.add(current);
            }
        }
        if (carry != null) {
            if (merged.isEmpty()) {
                merged.add(carry);
            } else {
                int[] last = merged.remove(merged.size() - 1);
                merged.add(joined(last, carry));
            }
        }
        return merged;
    }

    /** Two neighbouring clauses as one, and the stretches they were cut from as one. */
    private static int[] joined(int[] first, int[] second) {
        return new int[] {first[0], second[1], Math.min(first[2], second[2]), Math.max(first[3], second[3])};
    }

    private static List<int[]> cutLong(String answer, int[] span) {
        List<int[]> parts = new ArrayList<>();
        int start = span[0];
        int words = 0;
        boolean inWord = false;
        for (int i = span[0]; i < span[1]; i++) {
            boolean letter = !Character.isWhitespace(answer.charAt(i));
            if (letter && !inWord && ++words > MAX_WORDS) {
                addTrimmed(answer, start, i, parts);
                start = i;
                words = 1;
            }
            inWord = letter;
        }
        addTrimmed(answer, start, span[1], parts);
        return parts;
    }

    private static int words(String answer, int[] span) {
        return answer.substring(span[0], span[1]).trim().split("\\s+").length;
    }

    private static String opener(String text) {
        Matcher m = Pattern.compile("(?i)^(but|however|although|though|except|unless|otherwise|yet)\\b")
                .matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
