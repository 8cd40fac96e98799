package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.keelson.simulation.text.LocalizedText;

/**
 * A zh/en name or title stored as two varchar(1000) columns; callers override the column names ({@code name_zh},
 * {@code name_en}). Longer texts are {@link LocalizedTextValue}s.
 */
@Embeddable
public record LocalizedNameValue(@Size(max = 1000) @Column(name = "zh") String zh,
        @Size(max = 1000) @Column(name = "en") String en) {

    /** The stored form of {@code name}; null for null. */
    public static LocalizedNameValue of(LocalizedText name) {
        return name == null ? null : new LocalizedNameValue(name.zh(), name.en());
    }

    /** The name again; both columns null is how JPA stores an absent name, so that reads back as null. */
    public static LocalizedText toText(LocalizedNameValue value) {
        return value == null ? null : LocalizedTextValue.text(value.zh(), value.en());
    }
}
