package org.extramile.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.extramile.scenario.library.LibraryPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlternationTest {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\bnot (?:really )?my job\\b"),
            Pattern.compile("\\bnot (?:really )?my (?:problem|department)\\b"),
            Pattern.compile("\\bnot my\\b(?! fault)"),
            Pattern.compile("(?<!no )\\bblame (?:the )?(?:warehouse|supplier)s?\\b"),
            Pattern.compile("^ask (?:at )?reception\\W*$"),
            Pattern.compile("\\b(?:[a-z]+ ){0,2}on your (?:part|end)\\b"),
            Pattern.compile("\\bwe [^,.]{0,12}(?:can'?t|cannot) help\\b"));

    private static final Pattern JOINED = Alternation.of(PATTERNS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "that's not really my job, sorry",
                "not my department",
                "it's not my call",
                "blame the suppliers",
                "no blame the warehouse",
                "ask reception.",
                "maybe ask reception",
                "a slip on your part",
                "we really can't help",
                "nothing to see here",
                "it's not my fault",
                "mistake on your side"
            })
    void shouldFindWhereAnyOfThePatternsFinds(String text) {
        boolean any = PATTERNS.stream().anyMatch(p -> p.matcher(text).find());

        assertThat(JOINED.matcher(text).find()).isEqualTo(any);
    }

    @Test
    void shouldTryASharedBeginningOnce() {
        assertThat(Alternation.of(List.of(Pattern.compile("\\bmy job"), Pattern.compile("\\bmy (?:call)?s")))
                        .pattern())
                .isEqualTo("\\bmy (?:job|(?:call)?s)");
        assertThat(Alternation.of(List.of(Pattern.compile("\\bnot my job"), Pattern.compile("\\bnot my")))
                        .pattern())
                .as("whatever the longer pattern finds, the shorter finds too")
                .isEqualTo("\\bnot my");
    }

    @Test
    void shouldLookAtTheCharactersAGroupCanBeginWithBeforeTryingIt() {
        assertThat(Alternation.of(List.of(Pattern.compile("\\b(?:head office|(?:the )?boss|corporate) said")))
                        .pattern())
                .isEqualTo("\\b(?=[bcht])(?:head office|(?:the )?boss|corporate) said");
        assertThat(Alternation.of(List.of(Pattern.compile("(?:the )?boss"), Pattern.compile("(?:\\w+ )said")))
                        .pattern())
                .as("a group that can match nothing, or begin with any letter, is tried as it is")
                .isEqualTo("(?:(?:the )?boss|(?:\\w+ )said)");
    }

    @Test
    void shouldSplitAPatternIntoQuantifiedAtoms() {
        assertThat(Alternation.atoms("\\b(?:the )?[a-z]{2,}\\p{L}+?x*"))
                .containsExactly("\\b", "(?:the )?", "[a-z]{2,}", "\\p{L}+?", "x*");
        assertThat(Alternation.atoms("a|b")).containsExactly("(?:a|b)");
        assertThat(Alternation.atoms("[]a(]b")).containsExactly("[]a(]", "b");
    }

    @Test
    void shouldRefuseWhatASharedBeginningWouldChange() {
        assertThatThrownBy(() -> Alternation.of(List.of(Pattern.compile("(a)\\1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternation.of(List.of(Pattern.compile("a++b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternation.of(List.of(Pattern.compile("(?>ab)c"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternation.of(List.of(Pattern.compile("ab", Pattern.CASE_INSENSITIVE))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternation.of(List.of(Pattern.compile("a(?i)b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternation.of(List.of(Pattern.compile("(?i:a)b"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternation.of(List.of(Pattern.compile("(?<who>a)b"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Deflection's patterns, joined as {@link Disclaimer} joins them, read every labelled clause as they do one by one. */
    @Test
    void shouldReadEveryLabelledClauseAsDeflectionsPatternsOneByOne() throws IOException {
        List<String> clauses = labelledClauses();
        for (List<Pattern> patterns : List.of(Shelter.PATTERNS, BlameOnHer.PATTERNS, BlameOnOthers.PATTERNS)) {
            Pattern joined = Alternation.of(patterns);
            List<String> differ = clauses.stream()
                    .filter(c -> joined.matcher(c).find()
                            != patterns.stream().anyMatch(p -> p.matcher(c).find()))
                    .toList();

            assertThat(differ).isEmpty();
        }
        assertThat(clauses).hasSizeGreaterThan(3000);
    }

    private static List<String> labelledClauses() throws IOException {
        Segmenter segmenter = new Segmenter(new AnswerAnalyzer());
        List<String> clauses = new ArrayList<>();
        for (String slug : LibraryPack.SLUGS) {
            try (InputStream in = AlternationTest.class.getResourceAsStream("/scoring/labelled/" + slug + ".json");
                    JsonReader reader = Json.createReader(in)) {
                for (JsonObject answer :
                        reader.readObject().getJsonArray("answers").getValuesAs(JsonObject.class)) {
                    segmenter
                            .segment(answer.getString("text"))
                            .forEach(s -> clauses.add(s.text()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('\u2019', '\'')
                                    .trim()));
                }
            }
        }
        return clauses;
    }
}
