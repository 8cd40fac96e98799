package org.keelson.portal.plan.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a plan code may be. Codes appear in URLs ({@code /api/plans/KP-000}, {@code plan.xhtml?code=KP-000}), so they
 * are letters, digits, '-' and '_' only, 1 to 32 characters, starting with a letter or digit: no '/', no "..", no
 * spaces. Codes are unique regardless of case; {@link #key} is the form compared.
 */
public final class PlanCode {
    public static final int MAX_LENGTH = 32;
    /** The same pattern as the JSON Schema's (src/schema/keelson-plan.schema.json). */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0," + (MAX_LENGTH - 1) + "}");

    private PlanCode() {
    }

    /** Why {@code code} is not a usable plan code, or empty when it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("is required");
        }
        if (!PATTERN.matcher(code).matches()) {
            return Optional.of("must be 1 to " + MAX_LENGTH
                    + " letters, digits, '-' or '_', starting with a letter or digit");
        }
        return Optional.empty();
    }

    /** The form in which codes are compared for uniqueness. */
    public static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
