package org.keelson.simulation.plan.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects validation errors while a document is read, so that all of them are reported together. */
final class Problems {

    private final List<ValidationError> errors = new ArrayList<>();

    void add(String path, String message) {
        errors.add(new ValidationError(path.isEmpty() ? "$" : path, message));
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

    /** A number as a person writes it: 7 rather than 7.0, 12000000 rather than 1.2E7. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
