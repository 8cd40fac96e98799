package org.keelson.portal.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database answers: without it no page or API call can work, so a load balancer should send
 * requests elsewhere. Not a liveness check: a database outage is no reason to restart the server, which recovers
 * by itself when the database returns.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @PersistenceContext
    EntityManager em;

    @Override
    public HealthCheckResponse call() {
        try {
            em.createNativeQuery("select 1").getSingleResult();
            return HealthCheckResponse.up(NAME);
        } catch (RuntimeException e) { // whatever the driver or pool throws, the database is not usable
            return HealthCheckResponse.down(NAME);
        }
    }
}
