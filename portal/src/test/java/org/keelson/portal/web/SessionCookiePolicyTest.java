package org.keelson.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookiePolicyTest {

    @Test
    void secureOnlyWhenAskedFor() {
        assertTrue(SessionCookiePolicy.isSecure("true"));
        assertTrue(SessionCookiePolicy.isSecure(" TRUE "));
        assertFalse(SessionCookiePolicy.isSecure(null));
        assertFalse(SessionCookiePolicy.isSecure("false"));
        assertFalse(SessionCookiePolicy.isSecure("yes"));
    }
}
