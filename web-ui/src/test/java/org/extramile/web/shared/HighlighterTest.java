package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void shouldEscapeEveryCharacterOfTheAnswerAndMarkOnlyTheSpans() {
        String answer = "<script>alert(1)</script> I'll ring our other branch & ask.";

        String html = Highlighter.highlight(answer, List.of(new Highlighter.Span(26, 52, "Offers to \"phone\"")));

        assertThat(html)
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark title=\"Offers to &quot;phone&quot;\">"
                        + "I&#39;ll ring our other branch</mark> &amp; ask.");
    }

    @Test
    void shouldJoinOverlappingSpansAndClipThemToTheAnswer() {
        String html = Highlighter.highlight(
                "abcdef",
                List.of(
                        new Highlighter.Span(3, 99, "B"),
                        new Highlighter.Span(-2, 2, "A"),
                        new Highlighter.Span(1, 4, "C")));

        assertThat(html).isEqualTo("<mark title=\"A; C; B\">abcdef</mark>");
    }

    @Test
    void shouldLeaveAnAnswerWithoutEvidenceAsEscapedText() {
        assertThat(Highlighter.highlight("a < b", List.of())).isEqualTo("a &lt; b");
    }
}
