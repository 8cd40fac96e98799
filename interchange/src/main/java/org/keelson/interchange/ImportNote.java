package org.keelson.interchange;

import java.util.List;
import java.util.Locale;

/**
 * Something in the source file that the imported plan does not carry (resources, a constraint, a lag in elapsed
 * time...). {@code taskId} and {@code taskName} name the source task as the file shows it (its ID, or P6 activity
 * ID), both null for the project as a whole; {@code key} is stable (e.g. {@code note.constraint}) and {@code args}
 * fill its text.
 */
public record ImportNote(String taskId, String taskName, String key, List<Object> args) {

    public ImportNote {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** What was not carried over and why, in Chinese for a zh locale, otherwise in English; names the task first. */
    public String message(Locale locale) {
        String text = Messages.format(locale, key, args);
        return taskId == null ? text : Messages.format(locale, "note.task", List.of(taskId, String.valueOf(taskName), text));
    }
}
