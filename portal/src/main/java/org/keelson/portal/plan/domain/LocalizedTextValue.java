package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * A zh/en text (description, deliverable, response plan...) stored as two varchar(8000) columns; callers override
 * the column names ({@code description_zh}, {@code description_en}). Names and titles are {@link LocalizedNameValue}s.
 */
@Embeddable
public record LocalizedTextValue(@Size(max = 8000) @Column(name = "zh") String zh,
        @Size(max = 8000) @Column(name = "en") String en) {
}
