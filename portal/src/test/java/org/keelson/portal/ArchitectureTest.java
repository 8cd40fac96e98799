package org.keelson.portal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The portal's shape: packages by concept then layer, one direction between them, entities behind the services. */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.keelson.portal");

    private static final DescribedPredicate<JavaClass> PERSISTENT = DescribedPredicate.describe(
            "entities or embeddables", c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class));

    @Test
    void packagesAreFreeOfCycles() {
        assertNoViolation(slices().matching("org.keelson.portal.(**)").should().beFreeOfCycles());
    }

    @Test
    void pagesAndRestResourcesNeverSeeEntities() {
        assertNoViolation(noClasses().that(resideInAPackage("..interfaces.."))
                .should().dependOnClassesThat(are(PERSISTENT)));
    }

    private static void assertNoViolation(ArchRule rule) {
        assertEquals(List.of(), rule.evaluate(PORTAL).getFailureReport().getDetails(), rule.getDescription());
    }
}
