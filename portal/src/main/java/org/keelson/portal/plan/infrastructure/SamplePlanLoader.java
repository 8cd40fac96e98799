package org.keelson.portal.plan.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.keelson.portal.infrastructure.persistence.DatabaseMigrated;
import org.keelson.portal.plan.application.PlanAlreadyExistsException;
import org.keelson.portal.plan.application.PlanNotStorableException;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.PlanValidationException;

/**
 * Seeds an empty catalogue with the repository's sample plans (sample-plans/*.json, packaged as class path
 * resources under WEB-INF/classes/sample-plans/) once Flyway has migrated the schema. Each file is imported in its own
 * transaction, in name order: a broken or unreadable file is logged with all its errors and skipped, the others
 * still load.
 * A catalogue that holds any plan is left alone, so plans deleted or edited by users never come back.
 */
@ApplicationScoped
public class SamplePlanLoader {
    static final String DIRECTORY = "sample-plans";
    private static final Logger LOG = Logger.getLogger(SamplePlanLoader.class.getName());
    private static final PlanJson PLAN_JSON = new PlanJson();

    @Inject
    PlanService plans;

    protected SamplePlanLoader() {
        // for CDI
    }

    /** For use without a container. */
    public SamplePlanLoader(PlanService plans) {
        this.plans = plans;
    }

    void onDatabaseMigrated(@Observes DatabaseMigrated migrated) {
        try {
            loadIfEmpty(jsonResources(SamplePlanLoader.class.getClassLoader(), DIRECTORY));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list the sample plans under " + DIRECTORY + "; none loaded", e);
        }
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

    /**
     * The {@code .json} files directly under {@code directory} on the class path, in name order. Handles the
     * two forms a WAR's WEB-INF/classes takes: a directory (expanded deployment, tests) and a jar.
     */
    static List<URL> jsonResources(ClassLoader loader, String directory) throws IOException {
        URL root = loader.getResource(directory + "/");
        if (root == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        URLConnection connection = root.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                String prefix = jar.getEntryName() == null ? directory + "/" : jar.getEntryName();
                file.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .forEach(n -> names.add(directory + "/" + n.substring(prefix.length())));
            }
        } else if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(URI.create(root.toString())))) {
                files.forEach(f -> names.add(directory + "/" + f.getFileName()));
            }
        } else {
            LOG.warning(() -> "Cannot list sample plans at " + root + " (unsupported protocol)");
        }
        return names.stream().filter(n -> n.endsWith(".json")).sorted().map(loader::getResource).toList();
    }
}
