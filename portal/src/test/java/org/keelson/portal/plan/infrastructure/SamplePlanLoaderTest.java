package org.keelson.portal.plan.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.portal.plan.TestDatabase;
import org.keelson.portal.plan.TransactionPerCallPlanService;
import org.keelson.simulation.plan.json.PlanJson;

class SamplePlanLoaderTest {
    private static final PlanJson PLAN_JSON = new PlanJson();
    private static TestDatabase database;

    @TempDir
    Path directory;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @AfterEach
    void deleteAllPlans() {
        database.deleteAllPlans();
    }

    private URL file(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8).toUri().toURL();
    }

    @Test
    void loadsEveryValidPlanIntoAnEmptyCatalogueAndSkipsBrokenOnes() throws IOException {
        List<URL> files = List.of(
                file("000.json", PLAN_JSON.write(PlanFixtures.fullPlan("KP-000"))),
                file("001.json", "{\"code\": \"KP-001\"}"),
                file("002.json", PLAN_JSON.write(PlanFixtures.minimalPlan("KP-002"))));
        SamplePlanLoader loader = new SamplePlanLoader(new TransactionPerCallPlanService(database));

        assertEquals(List.of("KP-000", "KP-002"), loader.loadIfEmpty(files));
        assertEquals(2, database.count("plan"));
    }

    @Test
    void listsJsonResourcesOfADirectoryOnTheClassPath() throws IOException {
        Files.createDirectories(directory.resolve("sample-plans/nested"));
        Files.writeString(directory.resolve("sample-plans/b.json"), "{}");
        Files.writeString(directory.resolve("sample-plans/a.json"), "{}");
        Files.writeString(directory.resolve("sample-plans/README.md"), "");
        Files.writeString(directory.resolve("sample-plans/nested/c.json"), "{}");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()}, null)) {
            assertEquals(List.of("a.json", "b.json"), fileNames(SamplePlanLoader.jsonResources(loader, "sample-plans")));
            assertEquals(List.of(), SamplePlanLoader.jsonResources(loader, "no-such-directory"));
        }
    }

    @Test
    void listsJsonResourcesInsideAJar() throws IOException {
        Path jar = directory.resolve("classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("sample-plans/", "sample-plans/z.json", "sample-plans/y.json",
                    "sample-plans/notes.txt", "other/x.json")) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(List.of("y.json", "z.json"), fileNames(SamplePlanLoader.jsonResources(loader, "sample-plans")));
        }
    }

    private static List<String> fileNames(List<URL> urls) {
        return urls.stream().map(u -> u.getPath().substring(u.getPath().lastIndexOf('/') + 1)).toList();
    }

    @Test
    void leavesACatalogueWithPlansAlone() throws IOException {
        TransactionPerCallPlanService plans = new TransactionPerCallPlanService(database);
        plans.importPlan(PlanFixtures.minimalPlan("KP-100"));

        List<String> loaded = new SamplePlanLoader(plans)
                .loadIfEmpty(List.of(file("000.json", PLAN_JSON.write(PlanFixtures.fullPlan("KP-000")))));

        assertEquals(List.of(), loaded);
        assertEquals(1, database.count("plan"));
    }
}
