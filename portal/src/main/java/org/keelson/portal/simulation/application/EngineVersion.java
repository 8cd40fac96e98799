package org.keelson.portal.simulation.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.keelson.simulation.roi.PlanForecast;

/** The version of the simulation engine on the class path, stored with every run. */
final class EngineVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.keelson/keelson-simulation/pom.properties";
    /** Classes straight from a build's output folder (an IDE, a test run before packaging) carry no version. */
    static final String UNPACKAGED = "unpackaged";

    private EngineVersion() {
    }

    /** The jar's Implementation-Version, else the version Maven wrote into it, else {@value #UNPACKAGED}. */
    static String current() {
        String manifest = PlanForecast.class.getPackage().getImplementationVersion();
        if (manifest != null) {
            return manifest;
        }
        try (InputStream in = PlanForecast.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return UNPACKAGED;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", UNPACKAGED);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + POM_PROPERTIES, e);
        }
    }
}
