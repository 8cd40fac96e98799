package org.keelson.portal.plan.domain;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.envers.Audited;

/**
 * An element of the plan aggregate with its own identity (phase, activity, risk...). It is only ever created,
 * changed and removed through its {@link PlanEntity}, whose version guards it; {@code listIndex} keeps the
 * order of the interchange format.
 */
@Audited
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

    /** Moves the part to position {@code index} of its list. */
    void placeAt(int index) {
        this.listIndex = index;
    }

    /** Makes {@code current} hold {@code wanted}, touching it (and so its audit) only when they differ. */
    protected static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    /** Makes {@code current} hold {@code wanted}, touching it only when they differ. */
    protected static <K, V> void replace(Map<K, V> current, Map<K, V> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.putAll(wanted);
        }
    }
}
