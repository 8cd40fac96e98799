package org.keelson.reports;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every package of the core and the reports depends on others in one direction only. */
class PackageCyclesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.keelson.simulation", "org.keelson.reports");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.keelson.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
