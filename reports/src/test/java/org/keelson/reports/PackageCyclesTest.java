package org.keelson.reports;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.keelson.simulation.roi.PlanForecast;
import org.keelson.simulation.roi.RoiEngine;

/**
 * Every package of the core and the reports depends on others in one direction only. The ROI engines are the one
 * exception still open: RoiEngine and PlanForecast run the ROI model on a Monte Carlo run of a plan from inside the
 * roi package, which the plan refers to for its benefit model (roi -> montecarlo -> plan -> roi).
 */
class PackageCyclesTest {

    private static final DescribedPredicate<JavaClass> ROI_ENGINES = JavaClass.Predicates.belongToAnyOf(
            RoiEngine.class, PlanForecast.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.keelson.simulation", "org.keelson.reports");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.keelson.(**)").should().beFreeOfCycles()
                .ignoreDependency(ROI_ENGINES, DescribedPredicate.alwaysTrue())
                .check(CLASSES);
    }
}
