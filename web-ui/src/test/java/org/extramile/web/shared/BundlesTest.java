package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every text exists in every language the switch offers. */
class BundlesTest {

    @Test
    void shouldHaveEveryKeyInEveryLanguage() {
        ResourceBundle english = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT);
        for (Locale language : Language.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, language);
            assertThat(bundle.keySet())
                    .as("keys in %s", language)
                    .containsExactlyInAnyOrderElementsOf(english.keySet());
        }
        assertThat(ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH).getString("nav.authoring"))
                .isEqualTo("Conception");
    }
}
