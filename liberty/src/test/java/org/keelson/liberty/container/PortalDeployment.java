package org.keelson.liberty.container;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.keelson.liberty.support.DatabaseAvailableCondition;
import org.keelson.liberty.support.RequiresConfiguredDatabase;
import org.keelson.liberty.support.TestEnvironment;

/**
 * The Arquillian deployment of container tests: the real portal WAR as Maven built it, plus the test
 * support classes. Arquillian adds the test class itself and its servlet runner.
 */
public final class PortalDeployment {

    /** Arquillian's servlet protocol endpoint, which must not sit behind the portal's login. */
    private static final String ARQUILLIAN_RUNNER = "/ArquillianServletRunnerEE9";

    private PortalDeployment() {
    }

    public static WebArchive create() {
        File war = new File(System.getProperty("keelson.portal.war", "../portal/target/keelson.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Portal WAR not found at " + war.getAbsolutePath()
                    + ": build the portal module first (mvn verify from the root does)");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "keelson-it.war").importFrom(war).as(WebArchive.class);
        archive.addClasses(TestEnvironment.class, RequiresConfiguredDatabase.class, DatabaseAvailableCondition.class);
        String webXml;
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archive.delete("WEB-INF/web.xml");
        archive.setWebXML(new StringAsset(webXml.replace("</web-app>", """
                  <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>arquillian</web-resource-name>
                      <url-pattern>%s</url-pattern>
                    </web-resource-collection>
                  </security-constraint>
                </web-app>""".formatted(ARQUILLIAN_RUNNER))));
        return archive;
    }
}
