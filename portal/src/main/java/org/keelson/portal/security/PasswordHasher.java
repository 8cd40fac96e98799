package org.keelson.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashing.
 *
 * <p>Stored form: {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}. The iteration count
 * is stored with each hash so that it can be raised later without invalidating existing passwords.
 */
public final class PasswordHasher {

    public static final String ALGORITHM_ID = "pbkdf2-sha256";
    /** OWASP 2023 recommends at least 600 000 for PBKDF2-HMAC-SHA256; raise with hardware. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int MIN_ITERATIONS = 1_000;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException(
                    "PBKDF2 iterations must be at least " + MIN_ITERATIONS + ", got " + iterations);
        }
        this.iterations = iterations;
    }

    /** Hashes a password with a fresh random salt. */
    public String hash(char[] password) {
        requireUsablePassword(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM_ID + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Checks a password against a stored hash in constant time.
     *
     * @throws IllegalArgumentException if {@code storedHash} is not in the format written by {@link #hash}
     */
    public boolean verify(char[] password, String storedHash) {
        ParsedHash parsed = ParsedHash.parse(storedHash);
        if (password == null || password.length == 0) {
            return false;
        }
        byte[] actual = pbkdf2(password, parsed.salt, parsed.iterations, parsed.hash.length * 8);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** True when the hash was made with fewer iterations than this hasher uses (re-hash on next login). */
    public boolean needsRehash(String storedHash) {
        return ParsedHash.parse(storedHash).iterations < iterations;
    }

    private static void requireUsablePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("Password must not be empty");
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record ParsedHash(int iterations, byte[] salt, byte[] hash) {

        static ParsedHash parse(String stored) {
            if (stored == null) {
                throw new IllegalArgumentException("Stored password hash is missing");
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !ALGORITHM_ID.equals(parts[0])) {
                throw new IllegalArgumentException(
                        "Stored password hash is not in the form " + ALGORITHM_ID + "$iterations$salt$hash");
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                Base64.Decoder b64 = Base64.getDecoder();
                byte[] salt = b64.decode(parts[2].getBytes(StandardCharsets.US_ASCII));
                byte[] hash = b64.decode(parts[3].getBytes(StandardCharsets.US_ASCII));
                if (iterations < MIN_ITERATIONS || salt.length == 0 || hash.length == 0) {
                    throw new IllegalArgumentException("Stored password hash has an empty salt/hash or too few iterations");
                }
                return new ParsedHash(iterations, salt, hash);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Stored password hash has a non-numeric iteration count", e);
            }
        }
    }
}
