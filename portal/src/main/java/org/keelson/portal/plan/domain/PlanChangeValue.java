package org.keelson.portal.plan.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One field of one plan element before and after a revision: {@code area} is the part of the plan (ACTIVITY,
 * RISK...), {@code element} its code (empty for the plan itself), values as written for people (null when absent).
 */
@Embeddable
public class PlanChangeValue {
    @Column(name = "area", nullable = false, length = 32)
    private String area;
    @Column(name = "element", length = 200)
    private String element;
    @Column(name = "kind", nullable = false, length = 16)
    private String kind;
    @Column(name = "field", length = 64)
    private String field;
    @Column(name = "before_value", length = 2000)
    private String before;
    @Column(name = "after_value", length = 2000)
    private String after;

    protected PlanChangeValue() {
    }

    public PlanChangeValue(String area, String element, String kind, String field, String before, String after) {
        this.area = area;
        this.element = element;
        this.kind = kind;
        this.field = field;
        this.before = clip(before);
        this.after = clip(after);
    }

    /** Long texts (descriptions) are kept to what the column holds; the audit tables have them whole. */
    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }

    public String getArea() {
        return area;
    }

    public String getElement() {
        return element;
    }

    public String getKind() {
        return kind;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanChangeValue other && Objects.equals(area, other.area) && Objects.equals(element, other.element) && Objects.equals(kind, other.kind) && Objects.equals(field, other.field) && Objects.equals(before, other.before) && Objects.equals(after, other.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, element, kind, field, before, after);
    }
}
