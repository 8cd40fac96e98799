package org.keelson.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses sign-in attempts for a while after too many failures, before any password is hashed: per user name (known
 * or not, so the answer does not tell which users exist) and per client address. A failure counts for
 * {@link Limits#window()}; once a key has {@code limit} failures inside the window, attempts wait until the oldest of
 * them leaves it. Thread-safe; memory is bounded by {@link #MAX_KEYS} per kind of key.
 */
public final class LoginThrottle {
    /** Keys remembered at most; past that, keys whose failures have all expired are dropped, then the oldest. */
    static final int MAX_KEYS = 10_000;

    /** How many failures are allowed within the window, per user name and per client address. */
    public record Limits(int perUser, int perAddress, Duration window) {
        /** 5 per user and 30 per address (people behind one proxy share it) within one minute. */
        public static final Limits DEFAULT = new Limits(5, 30, Duration.ofMinutes(1));
    }

    private final Clock clock;
    private final Limits limits;
    private final Map<String, Deque<Instant>> byUser = new HashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();

    public LoginThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** How long the caller must wait before trying again, or empty when the attempt may go ahead. */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(wait(byUser, UserService.normalise(username), limits.perUser(), now),
                wait(byAddress, address, limits.perAddress(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(byUser, UserService.normalise(username), now);
        record(byAddress, address, now);
    }

    /** A successful sign-in forgets the user's failures (not the address's: one good password does not excuse a scan). */
    public synchronized void succeeded(String username) {
        byUser.remove(UserService.normalise(username));
    }

    private Duration wait(Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        expire(times, now);
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, times.peekFirst().plus(limits.window()));
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (!failures.containsKey(key) && failures.size() >= MAX_KEYS) {
            makeRoom(failures, now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        expire(times, now);
        times.addLast(now);
        // more than the larger limit never changes an answer
        while (times.size() > Math.max(limits.perUser(), limits.perAddress())) {
            times.removeFirst();
        }
    }

    private void makeRoom(Map<String, Deque<Instant>> failures, Instant now) {
        failures.values().removeIf(times -> {
            expire(times, now);
            return times.isEmpty();
        });
        Iterator<String> oldest = failures.keySet().iterator();
        while (failures.size() >= MAX_KEYS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
