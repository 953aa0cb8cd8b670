package org.extramile.scoring.text;

import java.util.List;

/**
 * A sentence or a clause of an answer: the unit that is embedded, matched and negated. {@code start} and
 * {@code end} are character offsets into the original answer; {@code opener} is the contrast word that begins
 * the clause ("but", "however"), empty if none. {@code stretch} is the text the clause was cut from at commas
 * (because it holds a negator), or the clause itself: a list of fragments ("Free latte, no charge, our mistake")
 * shows as one there.
 */
public record Segment(
        int index, int sentence, int start, int end, String text, String opener, List<Token> tokens, String stretch) {

    public Segment {
        tokens = List.copyOf(tokens);
    }

    public boolean opensWithContrast() {
        return !opener.isEmpty();
    }

    public long contentTokens() {
        return tokens.stream().filter(Token::content).count();
    }
}
