package org.keelson.interchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.keelson.simulation.plan.json.ValidationError;

/**
 * A file that was not imported, and nothing of it kept: too large, not a project file of the format named,
 * unreadable, or read into a plan the Keelson plan checker refuses ({@link #problems()} then lists each problem
 * with its JSON path in the plan). {@link #key()} is stable for clients (e.g. {@code import.tooLarge}).
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;
    private final transient List<ValidationError> problems;

    public ImportException(String key, Object... args) {
        this(key, List.of(), null, args);
    }

    ImportException(String key, List<ValidationError> problems, Throwable cause, Object... args) {
        super(null, cause);
        this.key = key;
        this.args = List.copyOf(Arrays.asList(args));
        this.problems = List.copyOf(problems);
    }

    public String key() {
        return key;
    }

    /** The plan checker's findings when the file was read but the plan is invalid; empty otherwise. */
    public List<ValidationError> problems() {
        return problems;
    }

    /** Why the file was refused, in Chinese for a zh locale, otherwise in English. */
    public String message(Locale locale) {
        return Messages.format(locale, key, args);
    }

    @Override
    public String getMessage() {
        String text = message(Locale.ENGLISH);
        return problems.isEmpty() ? text : text + " " + problems;
    }
}
