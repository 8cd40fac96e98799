package org.keelson.portal.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import org.hibernate.annotations.BatchSize;

/** A named snapshot of schedule and costs ("BL0 approved"). */
@Audited
@Entity
@Table(name = "baseline")
public class BaselineEntity extends PlanPart {
    @Size(max = 200)
    @Column(name = "name")
    private String name;
    @Column(name = "captured_on")
    private LocalDate capturedOn;
    @Column(name = "compared", nullable = false)
    private boolean compared;

    @ElementCollection
    @CollectionTable(name = "baseline_entry", joinColumns = @JoinColumn(name = "baseline_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 256)
    private List<BaselineEntryValue> entries = new ArrayList<>();

    protected BaselineEntity() {
    }

    public BaselineEntity(String name, LocalDate capturedOn, List<BaselineEntryValue> entries, boolean compared) {
        this.name = name;
        this.capturedOn = capturedOn;
        this.entries.addAll(entries);
        this.compared = compared;
    }

    public String getName() {
        return name;
    }

    public LocalDate getCapturedOn() {
        return capturedOn;
    }

    /** Whether the plan's comparisons use this baseline. */
    public boolean isCompared() {
        return compared;
    }

    public List<BaselineEntryValue> getEntries() {
        return List.copyOf(entries);
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(BaselineEntity fresh) {
        this.name = fresh.name;
        this.capturedOn = fresh.capturedOn;
        this.compared = fresh.compared;
        replace(entries, fresh.entries);
    }
}
