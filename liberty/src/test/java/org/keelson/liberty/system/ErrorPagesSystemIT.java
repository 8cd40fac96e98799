package org.keelson.liberty.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keelson.liberty.support.DemoUser;
import org.keelson.liberty.support.PortalHttp;
import org.keelson.liberty.support.PortalReady;
import org.keelson.liberty.support.TestEnvironment;

/** Pages answer refusals and unknown addresses with the portal's own error page, in the reader's language. */
@ExtendWith(PortalReady.class)
class ErrorPagesSystemIT {

    @Test
    void refusedPageSaysSoInTheReadersLanguage() throws Exception {
        HttpResponse<String> refused = get(PortalHttp.signedIn(DemoUser.PMO, "zh-CN"), "admin/users.xhtml");

        assertErrorPage(refused, 403, "无权访问");
    }

    @Test
    void unknownPageIsA404WithTheErrorPage() throws Exception {
        HttpResponse<String> unknown = get(PortalHttp.signedIn(DemoUser.EXECUTIVE, "en"), "no-such-page.xhtml");

        assertErrorPage(unknown, 404, "Page not found");
    }

    private static void assertErrorPage(HttpResponse<String> response, int status, String title) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"errorTitle\">" + title + "<"), response.body());
        for (String internal : List.of("java.", "Liberty", "SRVE", "\tat ")) {
            assertFalse(response.body().contains(internal), internal + " in " + response.body());
        }
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(TestEnvironment.portalBaseUri().resolve(path))
                .timeout(Duration.ofSeconds(60)).GET().build(), PortalHttp.utf8());
    }
}
