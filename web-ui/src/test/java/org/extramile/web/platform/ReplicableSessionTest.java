package org.extramile.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;
import org.extramile.web.shared.Language;
import org.extramile.web.trainee.RolePlayPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In a cluster, the session of a node that stops is carried on by another, so everything the session
 * holds must serialize: the session-scoped beans and the view-scoped ones (Faces keeps views and their
 * beans in the session). Payara only logs "Cannot serialize session attribute" and drops it, so a field
 * that cannot serialize would break failover unnoticed, on the first request after a node is lost: this
 * test breaks first.
 */
class ReplicableSessionTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class, FlowScoped.class);

    static Stream<Class<?>> sessionHeldBeans() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.extramile.web")
                        .stream()
                        .filter(bean -> PASSIVATING_SCOPES.stream().anyMatch(bean::isAnnotatedWith))
                        .map(JavaClass::reflect);
    }

    @Test
    void shouldFindTheBeansItGuards() {
        assertThat(sessionHeldBeans()).contains(Language.class, RolePlayPage.class);
    }

    @ParameterizedTest
    @MethodSource("sessionHeldBeans")
    void shouldHoldOnlySerializableState(Class<?> bean) {
        assertThat(SerializableState.problemsOf(bean)).isEmpty();
    }
}
