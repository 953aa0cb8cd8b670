package org.extramile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.extramile.audit.AuditAction;
import org.junit.jupiter.api.Test;

/** Every text exists in every language the switch offers. */
class BundlesTest {

    /**
     * Read from each language's own file: a bundle's keys include its parent's, so a text missing in French would
     * fall back to English unseen.
     */
    @Test
    void shouldHaveEveryKeyInEveryLanguage() throws IOException {
        Set<Object> english = texts("").keySet();
        for (Locale language : Language.SUPPORTED) {
            Properties own = texts(language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage());
            assertThat(own.keySet()).as("keys in %s", language).containsExactlyInAnyOrderElementsOf(english);
        }
        assertThat(ResourceBundle.getBundle(Texts.BUNDLE, Locale.FRENCH).getString("nav.authoring"))
                .isEqualTo("Conception");
    }

    @Test
    void shouldNameEveryAuditActionInEveryLanguage() {
        for (Locale language : Language.SUPPORTED) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, language);
            for (AuditAction action : AuditAction.values()) {
                assertThat(bundle.containsKey("audit.action." + action.name()))
                        .as("%s in %s", action, language)
                        .isTrue();
            }
        }
    }

    private static Properties texts(String suffix) throws IOException {
        String file = "/" + Texts.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties texts = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
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
