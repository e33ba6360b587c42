package org.lessons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature boundaries true: modules talk through their roots, and Lucene and Tika stay in place. */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lessons");

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(LessonsApplication.class).verify();
    }

    @Test
    void luceneStaysInTheIndexAndSearchModules() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.lessons.index..", "org.lessons.search..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void tikaStaysInTheIngestModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.lessons.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.tika..")
                .check(CLASSES);
    }

    @Test
    void viewsAndControllersUseNeitherLuceneNorTika() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "org.lessons.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene..", "org.apache.tika..")
                .check(CLASSES);
    }
}
