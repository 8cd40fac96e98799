package org.keelson.portal.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when the portal is reached over HTTPS only (directly or behind a TLS proxy, where
 * the server itself sees plain HTTP and cannot tell): environment variable {@value #SECURE_VARIABLE}=true. HttpOnly
 * and SameSite=Lax come from web.xml.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    static final String SECURE_VARIABLE = "KEELSON_SECURE_COOKIES";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(isSecure(System.getenv(SECURE_VARIABLE)));
    }

    /** True for "true" in any case; anything else (unset included) leaves cookies usable over plain HTTP. */
    static boolean isSecure(String setting) {
        return Boolean.parseBoolean(setting == null ? null : setting.strip());
    }
}
