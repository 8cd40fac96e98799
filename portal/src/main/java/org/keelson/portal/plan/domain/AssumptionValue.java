package org.keelson.portal.plan.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** A value the plan's author chose where the source was silent, with the reason. */
@Embeddable
public class AssumptionValue {
    @Size(max = 1000)
    @Column(name = "subject")
    private String subject;
    @Size(max = 8000)
    @Column(name = "assumption_text")
    private String text;

    protected AssumptionValue() {
    }

    public AssumptionValue(String subject, String text) {
        this.subject = subject;
        this.text = text;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssumptionValue other && Objects.equals(subject, other.subject) && Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, text);
    }
}
