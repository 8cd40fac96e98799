package org.keelson.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Low iteration count keeps the suite fast; the format and algorithm are the same. */
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheHashedPasswordAndRejectsOthers() {
        String stored = hasher.hash("pmo-demo".toCharArray());

        assertTrue(stored.startsWith("pbkdf2-sha256$1000$"), stored);
        assertTrue(hasher.verify("pmo-demo".toCharArray(), stored));
        assertFalse(hasher.verify("pmo-demO".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void matchesThePublishedPbkdf2HmacSha256TestVector() {
        // RFC 7914 section 11: P="Password", S="NaCl", c=80000, dkLen=64
        byte[] expected = HexFormat.of().parseHex("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = "pbkdf2-sha256$80000$" + b64.encodeToString("NaCl".getBytes()) + "$" + b64.encodeToString(expected);

        assertTrue(hasher.verify("Password".toCharArray(), stored));
        assertFalse(hasher.verify("password".toCharArray(), stored));
    }

    @Test
    void asksForRehashWhenStoredIterationsAreBelowCurrentSetting() {
        String weak = hasher.hash("secret-1".toCharArray());

        assertTrue(new PasswordHasher(2_000).needsRehash(weak));
        assertFalse(hasher.needsRehash(weak));
    }

    @Test
    void rejectsMalformedStoredHashesWithAClearMessage() {
        IllegalArgumentException wrongAlgorithm = assertThrows(IllegalArgumentException.class,
                () -> hasher.verify("x".toCharArray(), "bcrypt$10$abc$def"));
        assertTrue(wrongAlgorithm.getMessage().contains("pbkdf2-sha256$iterations$salt$hash"));

        IllegalArgumentException badCount = assertThrows(IllegalArgumentException.class,
                () -> hasher.verify("x".toCharArray(), "pbkdf2-sha256$many$YWJj$ZGVm"));
        assertTrue(badCount.getMessage().contains("non-numeric iteration count"));

        assertThrows(IllegalArgumentException.class, () -> hasher.verify("x".toCharArray(), null));
    }

    @Test
    void refusesEmptyPasswordsAndWeakSettings() {
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new char[0]));
        IllegalArgumentException weak = assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(10));
        assertEquals("PBKDF2 iterations must be at least 1000, got 10", weak.getMessage());
    }
}
