package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * An element of the plan aggregate with its own identity (phase, activity, risk...). It is only ever created,
 * changed and removed through its {@link PlanEntity}, whose version guards it; {@code listIndex} keeps the
 * order of the interchange format.
 */
@MappedSuperclass
public abstract class PlanPart {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private PlanEntity plan;

    @Column(name = "list_index", nullable = false)
    private int listIndex;

    void attachTo(PlanEntity owner, int index) {
        this.plan = owner;
        this.listIndex = index;
    }

    public Long getId() {
        return id;
    }

    public PlanEntity getPlan() {
        return plan;
    }

    public int getListIndex() {
        return listIndex;
    }
}
