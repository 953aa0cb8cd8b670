package org.extramile.scoring.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English analysis for scoring: tokenise, lowercase, expand contractions, fold accents, align British and
 * American spelling, stem. Unlike Lucene's stock {@link EnglishAnalyzer}, which drops "no" and "not" and keeps
 * "can't" whole, this chain keeps every negator as its own token. Stop words are marked, not removed, because
 * negation and conditionals need the small words ("if", "would", "but").
 */
public final class AnswerAnalyzer {

    /** Stems of the words that negate what follows them. */
    public static final Set<String> NEGATORS =
            Set.of("not", "no", "never", "noth", "nobodi", "none", "nowher", "neither", "nor", "unabl");

    private static final Set<String> STOP_WORDS = buildStopWords();

    /**
     * Words Porter would stem together with a verb of another meaning: "manager" and "management" with "managing"
     * (coping), so that a trainer's "we're managing" matched "ask my manager". Kept whole.
     */
    private static final CharArraySet UNSTEMMED = new CharArraySet(List.of("manager", "managers", "management"), false);

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ContractionFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new SpellingFilter(stream);
            stream = new SetKeywordMarkerFilter(stream, UNSTEMMED);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** Analyses a text; offsets are relative to the text given, plus {@code offset}. */
    public List<Token> analyze(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("answer", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (t.isEmpty()) {
                    continue;
                }
                boolean negator = NEGATORS.contains(t);
                tokens.add(new Token(
                        t,
                        offset + offsets.startOffset(),
                        offset + offsets.endOffset(),
                        !negator && STOP_WORDS.contains(t),
                        negator));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing text in memory cannot fail", e);
        }
        return List.copyOf(tokens);
    }

    public List<Token> analyze(String text) {
        return analyze(text, 0);
    }

    private static Set<String> buildStopWords() {
        // Lucene's English stop words (minus the negators), pronouns, auxiliaries, modals and fillers: none of
        // them carries what a criterion looks for, and indicator phrases match across them.
        Set<String> words = new java.util.HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        words.addAll(List.of(
                "i", "me", "my", "you", "your", "we", "us", "our", "he", "she", "him", "her", "they", "them", "am",
                "is", "are", "was", "were", "be", "been", "do", "does", "did", "have", "has", "had", "can", "could",
                "will", "would", "shall", "should", "may", "might", "must", "so", "just", "really", "very", "oh", "um",
                "uh", "okay", "well", "yeah", "yes", "hi", "hey", "from", "about", "what", "which", "who", "some",
                "any", "too", "also", "now"));
        Set<String> stemmed = new java.util.HashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (String w : words) {
            stemmed.add(stemmer.stem(w));
        }
        stemmed.removeAll(NEGATORS);
        return Set.copyOf(stemmed);
    }

    /** Stems single words the way the chain does, for the stop set. */
    private static final class PorterStemmer {
        private final Analyzer stemOnly = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new org.apache.lucene.analysis.core.KeywordTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(source));
            }
        };

        String stem(String word) {
            try (TokenStream stream = stemOnly.tokenStream("w", word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                String result = stream.incrementToken() ? term.toString() : word;
                stream.end();
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
