package org.keelson.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
    private static final String HASH = "pbkdf2-sha256$210000$c2FsdA$aGFzaA";
    private final MutableClock clock = new MutableClock();
    private final VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofMinutes(5), 2);

    @Test
    void rememberedPasswordCountsUntilTheTtlEnds() {
        verified.remember("pmo", "pmo-demo".toCharArray(), HASH);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertTrue(verified.contains("pmo", "pmo-demo".toCharArray(), HASH));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(verified.contains("pmo", "pmo-demo".toCharArray(), HASH));
    }

    @Test
    void otherPasswordsAndUsersDoNotCount() {
        verified.remember("pmo", "pmo-demo".toCharArray(), HASH);

        assertFalse(verified.contains("pmo", "pmo-demo ".toCharArray(), HASH));
        assertFalse(verified.contains("finance", "pmo-demo".toCharArray(), HASH));
    }

    @Test
    void changedPasswordHashInvalidatesTheEntry() {
        verified.remember("pmo", "pmo-demo".toCharArray(), HASH);

        assertFalse(verified.contains("pmo", "pmo-demo".toCharArray(), "pbkdf2-sha256$210000$b3RoZXI$bmV3"));
    }

    @Test
    void leastRecentlyUsedEntryGoesWhenFull() {
        verified.remember("a", "password-a".toCharArray(), HASH);
        verified.remember("b", "password-b".toCharArray(), HASH);
        assertTrue(verified.contains("a", "password-a".toCharArray(), HASH));

        verified.remember("c", "password-c".toCharArray(), HASH);

        assertTrue(verified.contains("a", "password-a".toCharArray(), HASH));
        assertFalse(verified.contains("b", "password-b".toCharArray(), HASH));
        assertTrue(verified.contains("c", "password-c".toCharArray(), HASH));
    }
}
