package org.extramile.scoring.text;

/**
 * One analysed word of an answer: its normalised, stemmed term and where its surface form sits in the
 * original text. A contraction yields several tokens over the same span ("can't" is {@code can} and {@code not}).
 */
public record Token(String term, int start, int end, boolean stop, boolean negator) {

    /** A negator never counts as a stop word: "not" must survive analysis. */
    public boolean content() {
        return !stop;
    }
}
