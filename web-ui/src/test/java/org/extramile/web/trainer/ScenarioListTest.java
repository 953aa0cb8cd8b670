package org.extramile.web.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioListTest {

    @Test
    void shouldMakeASlugFromATitle() {
        assertThat(ScenarioList.slugOf("The sale jar that isn't there!")).isEqualTo("the-sale-jar-that-isn-t-there");
        assertThat(ScenarioList.slugOf("  Café crème, s'il vous plaît ")).isEqualTo("cafe-creme-s-il-vous-plait");
        assertThat(ScenarioList.slugOf(null)).isEmpty();
    }

    @Test
    void shouldCutALongTitleAtAWordWithinEightyCharacters() {
        String slug = ScenarioList.slugOf("word ".repeat(30));

        assertThat(slug).hasSizeLessThanOrEqualTo(80).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void shouldLeaveTheSlugUnsaidOnlyWhenTheTitleItWasToBeMadeFromIsMissingToo() {
        assertThat(ScenarioList.slugMadeFromBlank(" ", null)).containsExactly("/slug");
        assertThat(ScenarioList.slugMadeFromBlank("", "!!!")).isEmpty();
        assertThat(ScenarioList.slugMadeFromBlank("Bad Slug", "")).isEmpty();
    }
}
