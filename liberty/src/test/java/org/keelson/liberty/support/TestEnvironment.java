package org.keelson.liberty.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Settings the Maven build hands to the integration tests, and facts about this machine. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** True in CI (environment variable CI=true): there, missing browsers or databases fail the build. */
    public static boolean isCi() {
        return Boolean.parseBoolean(System.getenv("CI"));
    }

    /** Root URL of the portal server the build started for the system tests, ending in '/'. */
    public static URI portalBaseUri() {
        String url = System.getProperty("keelson.it.baseUrl", "http://localhost:9180/");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** The database the container tests run against: "h2" or "postgresql". */
    public static String database() {
        return System.getProperty("keelson.test.db", "h2");
    }

    public static String postgresHost() {
        return System.getProperty("keelson.test.pg.host", "localhost");
    }

    public static int postgresPort() {
        return Integer.parseInt(System.getProperty("keelson.test.pg.port", "5432"));
    }

    /** Whether something accepts TCP connections on the PostgreSQL host and port. */
    public static boolean postgresReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(postgresHost(), postgresPort()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
