package org.keelson.portal.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change of a plan, as Envers numbers it: the audit tables ({@code *_aud}) hold every audited row as it
 * was after each revision, and this row says who saved it, when, on which plan, what they did and, field by
 * field, what changed (old and new value) so the History page can list and filter it without rebuilding the
 * plan at every revision.
 */
@Entity
@RevisionEntity
@Table(name = "plan_revision")
public class PlanRevisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "id")
    private long id;

    @RevisionTimestamp
    @Column(name = "saved_at", nullable = false)
    private long savedAt;

    @Size(max = 100)
    @Column(name = "username")
    private String username;

    @Size(max = 64)
    @Column(name = "plan_code")
    private String planCode;

    @Size(max = 200)
    @Column(name = "action")
    private String action;

    @Column(name = "plan_version")
    private Long planVersion;

    @ElementCollection
    @CollectionTable(name = "plan_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "list_index")
    private List<PlanChangeValue> changes = new ArrayList<>();

    /**
     * Says who saved the revision Envers opened for this transaction, the plan version the save produced, and what
     * they changed.
     */
    public void describe(String user, String plan, long version, String what, List<PlanChangeValue> fieldChanges) {
        this.username = user;
        this.planCode = plan;
        this.planVersion = version;
        this.action = what;
        changes.clear();
        changes.addAll(fieldChanges);
    }

    public long getId() {
        return id;
    }

    public Instant getSavedAt() {
        return Instant.ofEpochMilli(savedAt);
    }

    public String getUsername() {
        return username;
    }

    public String getPlanCode() {
        return planCode;
    }

    /** The plan's version after this revision; null for revisions that changed no plan (none so far). */
    public Long getPlanVersion() {
        return planVersion;
    }

    public String getAction() {
        return action;
    }

    public List<PlanChangeValue> getChanges() {
        return List.copyOf(changes);
    }
}
