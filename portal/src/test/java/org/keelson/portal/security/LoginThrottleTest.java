package org.keelson.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, new LoginThrottle.Limits(3, 5, Duration.ofMinutes(1)));

    @Test
    void userIsRefusedAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        throttle.failed("pmo", "10.0.0.1");
        clock.advance(Duration.ofSeconds(10));
        throttle.failed("pmo", "10.0.0.2");
        throttle.failed("PMO ", "10.0.0.3"); // the same user, as UserService compares names
        assertEquals(Optional.of(Duration.ofSeconds(50)), throttle.retryAfter("pmo", "10.0.0.4"));

        clock.advance(Duration.ofSeconds(50));

        assertEquals(Optional.empty(), throttle.retryAfter("pmo", "10.0.0.4"));
    }

    @Test
    void fewerFailuresThanTheLimitAndOtherUsersAreLetThrough() {
        throttle.failed("pmo", "10.0.0.1");
        throttle.failed("pmo", "10.0.0.1");

        assertEquals(Optional.empty(), throttle.retryAfter("pmo", "10.0.0.9"));
        assertEquals(Optional.empty(), throttle.retryAfter("finance", "10.0.0.9"));
    }

    @Test
    void addressIsRefusedAfterItsLimitWhateverUserItTries() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user-" + i, "10.0.0.1");
        }

        assertTrue(throttle.retryAfter("someone-else", "10.0.0.1").isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("someone-else", "10.0.0.2"));
    }

    @Test
    void successForgetsTheUsersFailuresButNotTheAddresss() {
        for (int i = 0; i < 2; i++) {
            throttle.failed("pmo", "10.0.0.1");
        }
        throttle.succeeded("pmo");
        throttle.failed("pmo", "10.0.0.1");
        throttle.failed("pmo", "10.0.0.1");

        assertEquals(Optional.empty(), throttle.retryAfter("pmo", "10.0.0.2"), "2 failures since the success");
        throttle.failed("x", "10.0.0.1");
        assertTrue(throttle.retryAfter("pmo", "10.0.0.1").isPresent(), "5 failures from the address");
    }

    @Test
    void unknownUsersAreCountedExactlyLikeKnownOnes() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("no-such-user", "10.0.0." + i);
            throttle.failed("pmo", "10.0.1." + i);
        }

        assertEquals(throttle.retryAfter("pmo", "10.0.2.1"), throttle.retryAfter("no-such-user", "10.0.2.1"));
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfNames() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 10; i++) {
            throttle.failed("flood-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        throttle.failed("pmo", "10.0.0.1");
        throttle.failed("pmo", "10.0.0.1");
        throttle.failed("pmo", "10.0.0.1");

        assertTrue(throttle.retryAfter("pmo", "10.9.9.9").isPresent(), "the newest key is kept");
    }
}
