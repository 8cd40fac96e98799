package org.keelson.interchange;

import java.util.Locale;

/** The project files {@link ProjectExport} writes: MS Project XML (MSPDI) and Primavera P6 XER. */
public enum ExportFormat {
    MSPDI("mspdi", "xml", "application/xml"),
    XER("xer", "xer", "text/plain; charset=UTF-8");

    private final String id;
    private final String extension;
    private final String mediaType;

    ExportFormat(String id, String extension, String mediaType) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    /** File name extension without the dot: "xml" for MSPDI, "xer" for XER. */
    public String extension() {
        return extension;
    }

    /** Content type of a download: MSPDI is XML (its declaration names UTF-8), XER tab-separated UTF-8 text. */
    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code id} ("mspdi" or "xer", case-insensitive). */
    public static ExportFormat of(String id) {
        if (id != null) {
            for (ExportFormat format : values()) {
                if (format.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("unknown export format \"" + id + "\"; expected mspdi or xer");
    }
}
