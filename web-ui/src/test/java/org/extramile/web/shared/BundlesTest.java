package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
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

    /**
     * A text with a placeholder goes through MessageFormat, where a plain apostrophe starts a quoted stretch: "qui
     * l'ont montrée, sur les {0} dernières" would show "{0}" and lose its apostrophe. Texts write ’ instead.
     */
    @Test
    void shouldFillEveryPlaceholderInEveryLanguage() {
        for (Locale language : Language.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, language);
            bundle.keySet().stream()
                    .filter(key -> bundle.getString(key).matches("(?s).*\\{\\d.*"))
                    .forEach(key -> assertThat(new MessageFormat(bundle.getString(key), language)
                                    .format(new Object[] {1, 2, 3, 4, 5}))
                            .as("%s in %s", key, language)
                            .doesNotContain("{", "}")
                            .doesNotContain("'"));
        }
    }
}
