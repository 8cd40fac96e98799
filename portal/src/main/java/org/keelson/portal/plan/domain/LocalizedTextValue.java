package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

    public String getZh() {
        return zh;
    }

    public String getEn() {
        return en;
    }
}
