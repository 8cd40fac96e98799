package org.keelson.portal.plan.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.keelson.portal.infrastructure.persistence.DatabaseMigrated;
import org.keelson.portal.plan.application.PlanAlreadyExistsException;
import org.keelson.portal.plan.application.PlanNotStorableException;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanValidationException;

/**
 * Seeds an empty catalogue with the repository's sample plans (sample-plans/*.json, packaged as
 * WEB-INF/classes/sample-plans/) once Flyway has migrated the schema. Each file is imported in its own
 * transaction, in name order: a broken or unreadable file is logged with all its errors and skipped, the others
 * still load.
 * A catalogue that holds any plan is left alone, so plans deleted or edited by users never come back.
 */
@ApplicationScoped
public class SamplePlanLoader {
    static final String DIRECTORY = "/WEB-INF/classes/sample-plans/";
    private static final Logger LOG = Logger.getLogger(SamplePlanLoader.class.getName());
    private static final PlanJson PLAN_JSON = new PlanJson();

    @Inject
    PlanService plans;

    @Inject
    ServletContext servletContext;

    protected SamplePlanLoader() {
        // for CDI
    }

    /** For use without a container. */
    public SamplePlanLoader(PlanService plans) {
        this.plans = plans;
    }

    void onDatabaseMigrated(@Observes DatabaseMigrated migrated) {
        loadIfEmpty(packagedSamplePlans());
    }

    /**
     * Imports every plan of {@code files} if the catalogue is empty.
     *
     * @return the codes imported, in file order (empty when the catalogue already held plans)
     */
    public List<String> loadIfEmpty(List<URL> files) {
        if (!plans.isEmpty()) {
            LOG.fine("Plan catalogue not empty: sample plans not loaded");
            return List.of();
        }
        List<String> loaded = new ArrayList<>();
        for (URL file : files) {
            try (InputStream in = file.openStream()) {
                var plan = PLAN_JSON.read(in);
                plans.importPlan(plan);
                loaded.add(plan.code());
                LOG.info(() -> "Loaded sample plan " + plan.code() + " from " + file);
            } catch (PlanValidationException | PlanNotStorableException e) {
                LOG.log(Level.WARNING, "Sample plan " + file + " skipped: " + e.getMessage());
            } catch (PlanAlreadyExistsException e) {
                LOG.info(() -> "Sample plan " + file + " skipped: " + e.getMessage());
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Sample plan " + file + " skipped: cannot read it", e);
            }
        }
        return List.copyOf(loaded);
    }

    private List<URL> packagedSamplePlans() {
        Set<String> paths = servletContext.getResourcePaths(DIRECTORY);
        if (paths == null) {
            LOG.warning("No sample plans packaged under " + DIRECTORY);
            return List.of();
        }
        List<URL> files = new ArrayList<>();
        for (String path : paths.stream().filter(p -> p.endsWith(".json")).sorted().toList()) {
            try {
                files.add(servletContext.getResource(path));
            } catch (MalformedURLException e) {
                throw new IllegalStateException("unusable resource path " + path, e);
            }
        }
        return files;
    }
}
