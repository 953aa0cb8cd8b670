package org.extramile.scoring.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Expands English contractions, with or without their apostrophe as new hires type them ("can't", "cant",
 * "won’t"), into separate tokens, so that {@code not} stands on its own. Expects lowercased input; the expanded
 * tokens keep the offsets of the word they came from.
 */
final class ContractionFilter extends TokenFilter {

    /** Whole words whose expansion is irregular or written without an apostrophe. */
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("can't", new String[] {"can", "not"}),
            Map.entry("cant", new String[] {"can", "not"}),
            Map.entry("cannot", new String[] {"can", "not"}),
            Map.entry("won't", new String[] {"will", "not"}),
            Map.entry("wont", new String[] {"will", "not"}),
            Map.entry("shan't", new String[] {"shall", "not"}),
            Map.entry("ain't", new String[] {"is", "not"}),
            Map.entry("aint", new String[] {"is", "not"}),
            Map.entry("let's", new String[] {"let", "us"}),
            Map.entry("im", new String[] {"i", "am"}),
            Map.entry("ive", new String[] {"i", "have"}),
            Map.entry("youre", new String[] {"you", "are"}),
            Map.entry("theyre", new String[] {"they", "are"}),
            Map.entry("thats", new String[] {"that", "is"}),
            Map.entry("gonna", new String[] {"going", "to"}),
            Map.entry("wanna", new String[] {"want", "to"}),
            Map.entry("gotta", new String[] {"got", "to"}),
            Map.entry("would've", new String[] {"would", "have"}),
            Map.entry("could've", new String[] {"could", "have"}),
            Map.entry("should've", new String[] {"should", "have"}));

    /** Auxiliaries that new hires write as "dont", "didnt", "couldnt". */
    private static final java.util.Set<String> NT_BASES = java.util.Set.of(
            "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could", "would", "should", "must",
            "need", "might");

    private static final Map<String, String> SUFFIXES =
            Map.of("n't", "not", "'ll", "will", "'re", "are", "'m", "am", "'ve", "have", "'d", "would");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    ContractionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word =
                term.toString().replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        String[] parts = expand(word);
        term.setEmpty().append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            pending.add(parts[i]);
        }
        if (!pending.isEmpty()) {
            current = captureState();
        }
        return true;
    }

    private static String[] expand(String word) {
        String[] whole = WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        if (word.endsWith("nt") && NT_BASES.contains(word.substring(0, word.length() - 2))) {
            return new String[] {word.substring(0, word.length() - 2), "not"};
        }
        for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
            if (word.endsWith(suffix.getKey())
                    && word.length() > suffix.getKey().length()) {
                return new String[] {
                    word.substring(0, word.length() - suffix.getKey().length()), suffix.getValue()
                };
            }
        }
        if (word.endsWith("'s")) {
            return new String[] {word.substring(0, word.length() - 2)};
        }
        return new String[] {word.replace("'", "")};
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
