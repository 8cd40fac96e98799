package org.keelson.portal.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passwords that PBKDF2 recently found right, so that an API client sending HTTP Basic with every request does not
 * cost a full PBKDF2 each time. Remembered is a SHA-256 of the password with a secret salt made for this process only
 * (never the password, never anything that outlives a restart), together with the stored hash it matched: when the
 * user's password changes, the stored hash differs and the entry no longer counts; roles and the enabled flag are
 * read from the user each time, not from here. Entries expire after the TTL; at
 * most {@code capacity} are kept, the least recently used going first. Thread-safe.
 */
final class VerifiedPasswords {
    static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    static final int DEFAULT_CAPACITY = 1_000;

    private record Entry(String storedHash, Instant expires) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final byte[] secretSalt = new byte[32];
    private final Map<String, Entry> entries;

    VerifiedPasswords(Clock clock, Duration ttl, int capacity) {
        this.clock = clock;
        this.ttl = ttl;
        new SecureRandom().nextBytes(secretSalt);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when {@code password} of {@code username} was verified against {@code storedHash} within the TTL. */
    synchronized boolean contains(String username, char[] password, String storedHash) {
        String key = key(username, password);
        Entry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(key);
            return false;
        }
        return MessageDigest.isEqual(entry.storedHash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    synchronized void remember(String username, char[] password, String storedHash) {
        entries.put(key(username, password), new Entry(storedHash, clock.instant().plus(ttl)));
    }

    private String key(String username, char[] password) {
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[utf8.remaining()];
        utf8.get(bytes);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(secretSalt);
            byte[] digest = sha256.digest(bytes);
            return UserService.normalise(username) + "\0" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
