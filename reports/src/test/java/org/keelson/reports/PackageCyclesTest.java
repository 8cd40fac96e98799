package org.keelson.reports;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Every package of the core and the reports depends on others in one direction only. */
class PackageCyclesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.keelson.simulation", "org.keelson.reports");

    @Test
    void packagesAreFreeOfCycles() {
        EvaluationResult result = slices().matching("org.keelson.(**)").should().beFreeOfCycles().evaluate(CLASSES);

        assertEquals(List.of(), result.getFailureReport().getDetails());
    }
}
