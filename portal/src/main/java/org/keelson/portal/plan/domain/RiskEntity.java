package org.keelson.portal.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import org.hibernate.annotations.BatchSize;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.RiskStatus;

/**
 * An entry of the risk register: FAF 1..5 levels before and after response, its simulation drivers, and its response:
 * review date, mitigation cost, the scores that trigger its three response levels and its actions.
 */
@Audited
@Entity
@Table(name = "risk")
public class RiskEntity extends PlanPart {
    @Size(max = 64)
    @Column(name = "code", nullable = false)
    private String code;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedNameValue title;
    @Size(max = 64)
    @Column(name = "category")
    private String category;
    @Size(max = 200)
    @Column(name = "owner")
    private String owner;
    @Column(name = "probability", nullable = false)
    private int probability;
    @Column(name = "impact", nullable = false)
    private int impact;
    @Column(name = "residual_probability")
    private Integer residualProbability;
    @Column(name = "residual_impact")
    private Integer residualImpact;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private RiskStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "response")
    private ResponseStrategy response;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "response_plan_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "response_plan_en"))
    private LocalizedTextValue responsePlan;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "warning_trigger_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "warning_trigger_en"))
    private LocalizedTextValue warningTrigger;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "stop_loss_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "stop_loss_en"))
    private LocalizedTextValue stopLoss;
    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "recovery_plan_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "recovery_plan_en"))
    private LocalizedTextValue recoveryPlan;

    @ElementCollection
    @CollectionTable(name = "risk_quantification", joinColumns = @JoinColumn(name = "risk_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "stage")
    @BatchSize(size = 256)
    private Map<MitigationStage, RiskQuantificationValue> quantifications = new EnumMap<>(MitigationStage.class);

    @ElementCollection
    @CollectionTable(name = "risk_activity", joinColumns = @JoinColumn(name = "risk_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "activity_code", nullable = false)
    @BatchSize(size = 256)
    private List<@Size(max = 64) String> activityCodes = new ArrayList<>();

    @Column(name = "review_date")
    private LocalDate reviewDate;
    @Column(name = "mitigation_cost")
    private Double mitigationCost;
    @Column(name = "warning_score")
    private Integer warningScore;
    @Column(name = "stop_loss_score")
    private Integer stopLossScore;
    @Column(name = "recovery_score")
    private Integer recoveryScore;

    @Embedded
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedTextValue description;

    @ElementCollection
    @CollectionTable(name = "risk_action", joinColumns = @JoinColumn(name = "risk_id"))
    @OrderColumn(name = "list_index")
    @BatchSize(size = 256)
    private List<RiskActionValue> actions = new ArrayList<>();

    protected RiskEntity() {
    }

    public RiskEntity(String code, LocalizedNameValue title, String category, String owner, int probability,
            int impact, Integer residualProbability, Integer residualImpact, RiskStatus status,
            ResponseStrategy response, LocalizedTextValue responsePlan, LocalizedTextValue warningTrigger,
            LocalizedTextValue stopLoss, LocalizedTextValue recoveryPlan, RiskQuantificationValue preMitigation,
            RiskQuantificationValue postMitigation, List<String> activityCodes, LocalDate reviewDate,
            Double mitigationCost, Integer warningScore, Integer stopLossScore, Integer recoveryScore,
            List<RiskActionValue> actions, LocalizedTextValue description) {
        this.code = code;
        this.title = title;
        this.category = category;
        this.owner = owner;
        this.probability = probability;
        this.impact = impact;
        this.residualProbability = residualProbability;
        this.residualImpact = residualImpact;
        this.status = status;
        this.response = response;
        this.responsePlan = responsePlan;
        this.warningTrigger = warningTrigger;
        this.stopLoss = stopLoss;
        this.recoveryPlan = recoveryPlan;
        if (preMitigation != null) {
            quantifications.put(MitigationStage.PRE_MITIGATION, preMitigation);
        }
        if (postMitigation != null) {
            quantifications.put(MitigationStage.POST_MITIGATION, postMitigation);
        }
        this.activityCodes.addAll(activityCodes);
        this.reviewDate = reviewDate;
        this.mitigationCost = mitigationCost;
        this.warningScore = warningScore;
        this.stopLossScore = stopLossScore;
        this.recoveryScore = recoveryScore;
        this.actions.addAll(actions);
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public LocalizedNameValue getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public String getOwner() {
        return owner;
    }

    public int getProbability() {
        return probability;
    }

    public int getImpact() {
        return impact;
    }

    public Integer getResidualProbability() {
        return residualProbability;
    }

    public Integer getResidualImpact() {
        return residualImpact;
    }

    public RiskStatus getStatus() {
        return status;
    }

    public ResponseStrategy getResponse() {
        return response;
    }

    public LocalizedTextValue getResponsePlan() {
        return responsePlan;
    }

    public LocalizedTextValue getWarningTrigger() {
        return warningTrigger;
    }

    public LocalizedTextValue getStopLoss() {
        return stopLoss;
    }

    public LocalizedTextValue getRecoveryPlan() {
        return recoveryPlan;
    }

    /** The quantification before response, or null. */
    public RiskQuantificationValue getPreMitigation() {
        return quantifications.get(MitigationStage.PRE_MITIGATION);
    }

    /** The quantification after response, or null when the response is not expected to change it. */
    public RiskQuantificationValue getPostMitigation() {
        return quantifications.get(MitigationStage.POST_MITIGATION);
    }

    public List<String> getActivityCodes() {
        return List.copyOf(activityCodes);
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public Double getMitigationCost() {
        return mitigationCost;
    }

    /** Score at which the warning level starts, or null. */
    public Integer getWarningScore() {
        return warningScore;
    }

    public Integer getStopLossScore() {
        return stopLossScore;
    }

    public Integer getRecoveryScore() {
        return recoveryScore;
    }

    /** Cause, event and effect, or null. */
    public LocalizedTextValue getDescription() {
        return description;
    }

    public List<RiskActionValue> getActions() {
        return List.copyOf(actions);
    }

    /**
     * Takes every value of {@code fresh}, a transient copy mapped from the edited plan, keeping this row's identity
     * so the audit sees field changes rather than a removal and an insertion.
     */
    void copyFrom(RiskEntity fresh) {
        this.code = fresh.code;
        this.title = fresh.title;
        this.category = fresh.category;
        this.owner = fresh.owner;
        this.probability = fresh.probability;
        this.impact = fresh.impact;
        this.residualProbability = fresh.residualProbability;
        this.residualImpact = fresh.residualImpact;
        this.status = fresh.status;
        this.response = fresh.response;
        this.responsePlan = fresh.responsePlan;
        this.warningTrigger = fresh.warningTrigger;
        this.stopLoss = fresh.stopLoss;
        this.recoveryPlan = fresh.recoveryPlan;
        replace(quantifications, fresh.quantifications);
        replace(activityCodes, fresh.activityCodes);
        this.reviewDate = fresh.reviewDate;
        this.mitigationCost = fresh.mitigationCost;
        this.warningScore = fresh.warningScore;
        this.stopLossScore = fresh.stopLossScore;
        this.recoveryScore = fresh.recoveryScore;
        replace(actions, fresh.actions);
        this.description = fresh.description;
    }
}
