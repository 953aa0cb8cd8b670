package org.extramile.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each layer keeps to its own technology, and the domain knows nothing of the layers above it. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        // The WAR's test classpath holds every module's classes.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.extramile");
    }

    @Test
    void shouldKeepRestInTheApi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.extramile.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .because("the REST boundary lives in training-api")
                .check(classes);
    }

    @Test
    void shouldKeepFacesInTheWebUi() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.extramile.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.faces..")
                .because("the browser UI lives in web-ui")
                .check(classes);
    }

    @Test
    void shouldKeepTheDomainIgnorantOfTheLayersAbove() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.extramile.api..", "org.extramile.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.extramile.api..", "org.extramile.web..")
                .because("the domain is used by the API and the UI, never the other way round")
                .check(classes);
    }

    @Test
    void shouldKeepTheScorerPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.extramile.scoring..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta..")
                .because("the scorer is a plain Java library, tested and benchmarked without a container")
                .check(classes);
    }

    @Test
    void shouldImportEveryModule() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.extramile.scoring")
                        && classes.containPackage("org.extramile.api")
                        && classes.containPackage("org.extramile.web"))
                .isTrue();
    }
}
