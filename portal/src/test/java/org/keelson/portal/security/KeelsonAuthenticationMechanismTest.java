package org.keelson.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeelsonAuthenticationMechanismTest {

    @Test
    void restCallsAreRecognisedByPath() {
        assertTrue(KeelsonAuthenticationMechanism.isApiRequest("/api/plans", ""));
        assertTrue(KeelsonAuthenticationMechanism.isApiRequest("/api", ""));
        assertTrue(KeelsonAuthenticationMechanism.isApiRequest("/keelson/api/plans/000", "/keelson"));

        assertFalse(KeelsonAuthenticationMechanism.isApiRequest("/index.xhtml", ""));
        assertFalse(KeelsonAuthenticationMechanism.isApiRequest("/apidocs.xhtml", ""));
        assertFalse(KeelsonAuthenticationMechanism.isApiRequest("/api/plans", "/keelson"));
    }

    @Test
    void decodesBasicCredentialsAsUtf8AndKeepsColonsInPasswords() {
        String header = "Basic " + Base64.getEncoder().encodeToString("财务:pa:ss".getBytes(StandardCharsets.UTF_8));

        var credential = KeelsonAuthenticationMechanism.parseBasic(header).orElseThrow();

        assertEquals("财务", credential.getCaller());
        assertEquals("pa:ss", credential.getPasswordAsString());
        assertTrue(KeelsonAuthenticationMechanism.parseBasic("basic " + header.substring(6)).isPresent());
    }

    @Test
    void ignoresMalformedAuthorizationHeaders() {
        assertTrue(KeelsonAuthenticationMechanism.parseBasic(null).isEmpty());
        assertTrue(KeelsonAuthenticationMechanism.parseBasic("Bearer abc").isEmpty());
        assertTrue(KeelsonAuthenticationMechanism.parseBasic("Basic not-base64!").isEmpty());
        String noColon = Base64.getEncoder().encodeToString("pmo".getBytes(StandardCharsets.UTF_8));
        assertTrue(KeelsonAuthenticationMechanism.parseBasic("Basic " + noColon).isEmpty());
    }
}
