package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @Test
    void shouldKeepNoAndNotThatTheStockEnglishAnalyzerDrops() {
        List<Token> tokens = analyzer.analyze("I will not go to the shop, no");

        assertThat(tokens).filteredOn(Token::negator).extracting(Token::term).containsExactly("not", "no");
    }

    @Test
    void shouldExpandContractionsWithOrWithoutTheApostrophe() {
        assertThat(terms("can't")).containsExactly("can", "not");
        assertThat(terms("won\u2019t")).containsExactly("will", "not");
        assertThat(terms("dont")).containsExactly("do", "not");
        assertThat(terms("cannot")).containsExactly("can", "not");
        assertThat(terms("I'll")).containsExactly("i", "will");
    }

    @Test
    void shouldGiveExpandedTokensTheOffsetsOfTheWordTheyCameFrom() {
        List<Token> tokens = analyzer.analyze("We can't");

        assertThat(tokens).filteredOn(Token::negator).singleElement().satisfies(t -> assertThat(
                        "We can't".substring(t.start(), t.end()))
                .isEqualTo("can't"));
    }

    @Test
    void shouldNotTakeTheManagerForManaging() {
        assertThat(terms("managing")).isEqualTo(terms("managed"));
        assertThat(terms("my manager")).doesNotContainAnyElementsOf(terms("managing"));
        assertThat(terms("management's")).doesNotContainAnyElementsOf(terms("managing"));
    }

    @Test
    void shouldBringBritishAndAmericanSpellingTogether() {
        assertThat(terms("apologise")).isEqualTo(terms("apologize"));
        assertThat(terms("favourite colour")).isEqualTo(terms("favorite color"));
        assertThat(terms("the shop")).isEqualTo(terms("the store"));
    }

    @Test
    void shouldReadTextingShorthandForWhenAsTheWordsItStandsFor() {
        assertThat(terms("remaking it asap")).isEqualTo(terms("remaking it immediately"));
        assertThat(terms("let me call them rn")).isEqualTo(terms("let me call them now"));
    }

    @Test
    void shouldMarkSmallWordsAsStopWordsButNeverANegator() {
        List<Token> tokens = analyzer.analyze("we do not have it");

        assertThat(tokens).filteredOn(Token::content).extracting(Token::term).containsExactly("not");
    }

    private List<String> terms(String text) {
        return analyzer.analyze(text).stream().map(Token::term).toList();
    }
}
