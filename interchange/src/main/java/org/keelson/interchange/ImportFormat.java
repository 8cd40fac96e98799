package org.keelson.interchange;

import java.util.Locale;

/**
 * The project files {@link ProjectImport} reads: MS Project XML (MSPDI) and binary (MPP), Primavera P6 XER and
 * P6 XML (PMXML). Each is named in requests by its lower-case {@link #id()}.
 */
public enum ImportFormat {
    MSPDI("mspdi"),
    MPP("mpp"),
    XER("xer"),
    PMXML("pmxml");

    private final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    /** The name a request gives: "mspdi", "mpp", "xer" or "pmxml". */
    public String id() {
        return id;
    }

    /** An XML format, whose document is checked for a DOCTYPE before it is parsed. */
    boolean isXml() {
        return this == MSPDI || this == PMXML;
    }

    /** The format named {@code id} (case-insensitive); an unknown name is an {@link ImportException}. */
    public static ImportFormat of(String id) {
        if (id != null) {
            for (ImportFormat format : values()) {
                if (format.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        throw new ImportException("import.format.unknown", String.valueOf(id));
    }
}
