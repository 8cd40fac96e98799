package org.keelson.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonErrorsTest {

    @Test
    void bodyIsTheErrorsContractWithQuotesBackslashesAndControlsEscaped() {
        assertEquals("{\"errors\":[{\"path\":\"$\",\"message\":\"say \\\"no\\\" \\\\ then\\u000aleave 中文\"}]}",
                JsonErrors.body("$", "say \"no\" \\ then\nleave 中文"));
    }

    @Test
    void onlyStaticResourcesMayBeCached() {
        assertTrue(SecurityHeadersFilter.isStaticResource("/jakarta.faces.resource/primefaces.js.xhtml"));
        assertTrue(SecurityHeadersFilter.isStaticResource("/resources/css/keelson.css"));
        assertFalse(SecurityHeadersFilter.isStaticResource("/index.xhtml"));
        assertFalse(SecurityHeadersFilter.isStaticResource("/api/plans"));
    }
}
