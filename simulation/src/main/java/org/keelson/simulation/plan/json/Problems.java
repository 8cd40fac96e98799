package org.keelson.simulation.plan.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects validation errors while a document is read, so that all of them are reported together. */
final class Problems {

    private final List<ValidationError> errors = new ArrayList<>();

    void add(String path, String message) {
        errors.add(new ValidationError(path.isEmpty() ? "$" : path, message));
    }

    int count() {
        return errors.size();
    }

    /**
     * Whether the codes of list {@code section} may be incomplete: the list, one of its elements or an element's
     * {@code codeField} was unreadable. References into such a list are not reported as unknown, since the
     * code they name may be the one that could not be read.
     */
    boolean mayHideCodes(String section, String codeField) {
        Pattern hiding = Pattern.compile(Pattern.quote(section) + "(\\[\\d+\\](\\." + Pattern.quote(codeField) + ")?)?");
        return errors.stream().anyMatch(error -> hiding.matcher(error.path()).matches());
    }

    boolean hasErrorAt(String path) {
        return errors.stream().anyMatch(error -> error.path().equals(path));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<ValidationError> list() {
        return List.copyOf(errors);
    }

    /** Path of a field inside the object at {@code path} ("" is the document root). */
    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Path of a list element. */
    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * A number as a person writes it: 7 rather than 7.0, 12000000 rather than 1.2E7; beyond the plan limits in
     * exponent form (1e300) rather than in hundreds of digits.
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        if (Math.abs(value) >= PlanLimits.MAX_NUMBER) {
            return exact.toString().replace("E+", "e").replace("E", "e");
        }
        return exact.toPlainString();
    }
}
