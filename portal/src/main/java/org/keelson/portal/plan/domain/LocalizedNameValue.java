package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/**
 * A zh/en name or title stored as two varchar(1000) columns; callers override the column names ({@code name_zh},
 * {@code name_en}). Longer texts are {@link LocalizedTextValue}s.
 */
@Embeddable
public record LocalizedNameValue(@Size(max = 1000) @Column(name = "zh") String zh,
        @Size(max = 1000) @Column(name = "en") String en) {
}
