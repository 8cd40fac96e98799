package org.keelson.portal.plan.domain;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

/** A stage of the rollout. */
@Audited
@Entity
@Table(name = "phase")
public class PhaseEntity extends PlanPart {
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Column(name = "start_date")
    private LocalDate start;
    @Column(name = "finish_date")
    private LocalDate finish;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedTextValue description;

    protected PhaseEntity() {
    }

    public PhaseEntity(String code, LocalizedNameValue name, LocalDate start, LocalDate finish,
            LocalizedTextValue description) {
        this.code = code;
        this.name = name;
        this.start = start;
        this.finish = finish;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getFinish() {
        return finish;
    }

    public LocalizedTextValue getDescription() {
        return description;
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(PhaseEntity fresh) {
        this.code = fresh.code;
        this.name = fresh.name;
        this.start = fresh.start;
        this.finish = fresh.finish;
        this.description = fresh.description;
    }
}
