package org.keelson.interchange;

import org.mpxj.FieldType;
import org.mpxj.ProjectFile;
import org.mpxj.TaskField;

/**
 * The task custom fields an exported file carries what MS Project and P6 have no field for, each under an alias
 * that names it: the three-point estimate, the name in the plan's other language and the cost per day. An import
 * reads them back only where the file gives a field that alias, so other files' own use of those fields is left alone.
 */
enum KeelsonFields {
    ESTIMATE_MIN(TaskField.NUMBER1, "Keelson estimate min (days)"),
    ESTIMATE_MOST_LIKELY(TaskField.NUMBER2, "Keelson estimate most likely (days)"),
    ESTIMATE_MAX(TaskField.NUMBER3, "Keelson estimate max (days)"),
    ESTIMATE_DISTRIBUTION(TaskField.TEXT1, "Keelson estimate distribution"),
    OTHER_LANGUAGE_NAME(TaskField.TEXT2, "Keelson name in the other language"),
    COST_PER_DAY(TaskField.NUMBER4, "Keelson cost per day");

    final TaskField field;
    final String alias;

    KeelsonFields(TaskField field, String alias) {
        this.field = field;
        this.alias = alias;
    }

    /** Gives the field its alias in {@code file}. */
    void declare(ProjectFile file) {
        file.getCustomFields().getOrCreate(field).setAlias(alias);
    }

    /** The field of {@code file} that carries this alias, or null when the file has none. */
    FieldType in(ProjectFile file) {
        for (org.mpxj.CustomField custom : file.getCustomFields()) {
            if (alias.equals(custom.getAlias())) {
                return custom.getFieldType();
            }
        }
        return null;
    }
}
