package org.keelson.portal.plan.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the portal's JAX-RS resources under /api (authenticated with HTTP Basic, see web.xml). */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
