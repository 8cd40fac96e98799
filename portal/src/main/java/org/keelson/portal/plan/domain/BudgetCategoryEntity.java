package org.keelson.portal.plan.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

/** A cost category; {@code group} rolls categories up (capex/opex). */
@Audited
@Entity
@Table(name = "budget_category")
public class BudgetCategoryEntity extends PlanPart {
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedNameValue name;
    @Size(max = 64)
    @Column(name = "category_group")
    private String group;

    protected BudgetCategoryEntity() {
    }

    public BudgetCategoryEntity(String code, LocalizedNameValue name, String group) {
        this.code = code;
        this.name = name;
        this.group = group;
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getName() {
        return name;
    }

    public String getGroup() {
        return group;
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(BudgetCategoryEntity fresh) {
        this.code = fresh.code;
        this.name = fresh.name;
        this.group = fresh.group;
    }
}
