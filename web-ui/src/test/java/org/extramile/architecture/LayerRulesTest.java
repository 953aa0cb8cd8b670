package org.extramile.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Each layer keeps to its own technology, and the domain knows nothing of the layers above it. */
@AnalyzeClasses(packages = "org.extramile", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule restOnlyInTheApi = noClasses()
            .that()
            .resideOutsideOfPackage("org.extramile.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.ws.rs..")
            .because("the REST boundary lives in training-api");

    @ArchTest
    static final ArchRule facesOnlyInTheWebUi = noClasses()
            .that()
            .resideOutsideOfPackage("org.extramile.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.faces..")
            .because("the browser UI lives in web-ui");

    @ArchTest
    static final ArchRule domainIgnoresTheLayersAbove = noClasses()
            .that()
            .resideOutsideOfPackages("org.extramile.api..", "org.extramile.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.extramile.api..", "org.extramile.web..")
            .because("the domain is used by the API and the UI, never the other way round");

    @ArchTest
    static final ArchRule scorerIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.extramile.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta..")
            .because("the scorer is a plain Java library, tested and benchmarked without a container");
}
