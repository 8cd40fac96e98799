package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.keelson.simulation.text.LocalizedText;

/**
 * A zh/en text (description, deliverable, response plan...) stored as two varchar(8000) columns; callers override
 * the column names ({@code description_zh}, {@code description_en}). Names and titles are {@link LocalizedNameValue}s.
 */
@Embeddable
public record LocalizedTextValue(@Size(max = 8000) @Column(name = "zh") String zh,
        @Size(max = 8000) @Column(name = "en") String en) {

    /** The stored form of {@code text}; null for null. */
    public static LocalizedTextValue of(LocalizedText text) {
        return text == null ? null : new LocalizedTextValue(text.zh(), text.en());
    }

    /** The text again; both columns null is how JPA stores an absent text, so that reads back as null. */
    public static LocalizedText toText(LocalizedTextValue value) {
        return value == null ? null : text(value.zh(), value.en());
    }

    static LocalizedText text(String zh, String en) {
        return zh == null && en == null ? null : new LocalizedText(zh, en);
    }
}
