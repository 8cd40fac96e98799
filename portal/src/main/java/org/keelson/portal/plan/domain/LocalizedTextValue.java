package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.keelson.simulation.plan.LocalizedText;

/** A zh/en text pair stored as two columns; callers override the column names ({@code name_zh}, {@code name_en}). */
@Embeddable
public class LocalizedTextValue {
    @Column(name = "zh")
    private String zh;
    @Column(name = "en")
    private String en;

    protected LocalizedTextValue() {
    }

    public LocalizedTextValue(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The stored form of {@code text}; null for null. */
    public static LocalizedTextValue of(LocalizedText text) {
        return text == null ? null : new LocalizedTextValue(text.zh(), text.en());
    }

    /** Both columns null is how JPA stores an absent text, so it reads back as null. */
    public static LocalizedText toText(LocalizedTextValue value) {
        return value == null || value.getZh() == null && value.getEn() == null
                ? null : new LocalizedText(value.getZh(), value.getEn());
    }

    public String getZh() {
        return zh;
    }

    public String getEn() {
        return en;
    }
}
