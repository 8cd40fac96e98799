package org.keelson.portal.risk.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskAction;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.risk.RiskTriggers;
import org.keelson.simulation.text.LocalizedText;

/**
 * The risk page's form: every field of a risk as the inputs hold it. {@link #toRisk()} builds the risk to save;
 * the format's rules (levels 1..5, probability 0..1, min <= most likely <= max, known activities) are checked when
 * it is saved, so the page shows the same messages as the REST API.
 */
public class RiskForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String code;
    private String titleZh;
    private String titleEn;
    private String descriptionZh;
    private String descriptionEn;
    private String category;
    private String owner;
    private RiskStatus status = RiskStatus.OPEN;
    private List<String> activities = new ArrayList<>();
    private Integer probability;
    private Integer impact;
    private Integer residualProbability;
    private Integer residualImpact;
    private ResponseStrategy response;
    private String responsePlanZh;
    private String responsePlanEn;
    private String warningTriggerZh;
    private String warningTriggerEn;
    private String stopLossZh;
    private String stopLossEn;
    private String recoveryPlanZh;
    private String recoveryPlanEn;
    private Integer warningScore;
    private Integer stopLossScore;
    private Integer recoveryScore;
    private Double mitigationCost;
    private LocalDate reviewDate;
    private final Quantification pre = new Quantification();
    private final Quantification post = new Quantification();
    private final List<ActionRow> actions = new ArrayList<>();

    /** A new risk: code given, owned by {@code owner}, open, in the middle of the matrix. */
    public static RiskForm blank(String code, String owner) {
        RiskForm form = new RiskForm();
        form.code = code;
        form.owner = owner;
        form.probability = 3;
        form.impact = 3;
        return form;
    }

    public static RiskForm of(Risk risk) {
        RiskForm form = new RiskForm();
        form.code = risk.code();
        form.titleZh = zh(risk.title());
        form.titleEn = en(risk.title());
        form.descriptionZh = zh(risk.description());
        form.descriptionEn = en(risk.description());
        form.category = risk.category();
        form.owner = risk.owner();
        form.status = risk.status();
        form.activities = new ArrayList<>(risk.activities());
        form.probability = risk.probability();
        form.impact = risk.impact();
        form.residualProbability = risk.residualProbability();
        form.residualImpact = risk.residualImpact();
        form.response = risk.response();
        form.responsePlanZh = zh(risk.responsePlan());
        form.responsePlanEn = en(risk.responsePlan());
        form.warningTriggerZh = zh(risk.warningTrigger());
        form.warningTriggerEn = en(risk.warningTrigger());
        form.stopLossZh = zh(risk.stopLoss());
        form.stopLossEn = en(risk.stopLoss());
        form.recoveryPlanZh = zh(risk.recoveryPlan());
        form.recoveryPlanEn = en(risk.recoveryPlan());
        if (risk.triggers() != null) {
            form.warningScore = risk.triggers().warning();
            form.stopLossScore = risk.triggers().stopLoss();
            form.recoveryScore = risk.triggers().recovery();
        }
        form.mitigationCost = risk.mitigationCost();
        form.reviewDate = risk.reviewDate();
        form.pre.read(risk.preMitigation());
        form.post.read(risk.postMitigation());
        risk.actions().forEach(a -> form.actions.add(new ActionRow(a)));
        return form;
    }

    /** The risk as the form describes it. */
    public Risk toRisk() {
        RiskTriggers triggers = warningScore == null && stopLossScore == null && recoveryScore == null ? null
                : new RiskTriggers(warningScore, stopLossScore, recoveryScore);
        return new Risk(code, text(titleZh, titleEn), blankToNull(category), blankToNull(owner),
                probability == null ? 0 : probability, impact == null ? 0 : impact, residualProbability,
                residualImpact, status, response, text(responsePlanZh, responsePlanEn),
                text(warningTriggerZh, warningTriggerEn), text(stopLossZh, stopLossEn),
                text(recoveryPlanZh, recoveryPlanEn), pre.toQuantification(), post.toQuantification(), activities,
                reviewDate, mitigationCost, triggers,
                actions.stream().filter(a -> !a.isEmpty()).map(ActionRow::toAction).toList(),
                text(descriptionZh, descriptionEn));
    }

    /** Probability x impact before response, as chosen on the matrix. */
    public int getScore() {
        return probability == null || impact == null ? 0 : probability * impact;
    }

    /** Residual probability x impact; null until both are chosen. */
    public Integer getResidualScore() {
        return residualProbability == null || residualImpact == null ? null : residualProbability * residualImpact;
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void removeAction(ActionRow action) {
        actions.remove(action);
    }

    /** Probability of occurring and three-point schedule and cost impacts, blank when not quantified. */
    public static class Quantification implements Serializable {
        private static final long serialVersionUID = 1L;

        private Double probability;
        private Double scheduleMin;
        private Double scheduleMostLikely;
        private Double scheduleMax;
        private DistributionType scheduleDistribution = DistributionType.PERT;
        private Double costMin;
        private Double costMostLikely;
        private Double costMax;
        private DistributionType costDistribution = DistributionType.TRIANGULAR;

        void read(RiskQuantification q) {
            if (q == null) {
                return;
            }
            probability = q.probability();
            if (q.scheduleImpact() != null) {
                scheduleMin = q.scheduleImpact().min();
                scheduleMostLikely = q.scheduleImpact().mostLikely();
                scheduleMax = q.scheduleImpact().max();
                scheduleDistribution = q.scheduleImpact().distribution();
            }
            if (q.costImpact() != null) {
                costMin = q.costImpact().min();
                costMostLikely = q.costImpact().mostLikely();
                costMax = q.costImpact().max();
                costDistribution = q.costImpact().distribution();
            }
        }

        RiskQuantification toQuantification() {
            if (probability == null) {
                return null;
            }
            return new RiskQuantification(probability,
                    estimate(scheduleMin, scheduleMostLikely, scheduleMax, scheduleDistribution),
                    estimate(costMin, costMostLikely, costMax, costDistribution));
        }

        /** Null when no value is given; a missing value of a given estimate counts as 0 and is checked so. */
        private static ThreePointEstimate estimate(Double min, Double mostLikely, Double max,
                DistributionType distribution) {
            if (min == null && mostLikely == null && max == null) {
                return null;
            }
            return new ThreePointEstimate(zero(min), zero(mostLikely), zero(max), distribution);
        }

        private static double zero(Double value) {
            return value == null ? 0 : value;
        }

        public Double getProbability() {
            return probability;
        }

        public void setProbability(Double probability) {
            this.probability = probability;
        }

        public Double getScheduleMin() {
            return scheduleMin;
        }

        public void setScheduleMin(Double scheduleMin) {
            this.scheduleMin = scheduleMin;
        }

        public Double getScheduleMostLikely() {
            return scheduleMostLikely;
        }

        public void setScheduleMostLikely(Double scheduleMostLikely) {
            this.scheduleMostLikely = scheduleMostLikely;
        }

        public Double getScheduleMax() {
            return scheduleMax;
        }

        public void setScheduleMax(Double scheduleMax) {
            this.scheduleMax = scheduleMax;
        }

        public DistributionType getScheduleDistribution() {
            return scheduleDistribution;
        }

        public void setScheduleDistribution(DistributionType scheduleDistribution) {
            this.scheduleDistribution = scheduleDistribution;
        }

        public Double getCostMin() {
            return costMin;
        }

        public void setCostMin(Double costMin) {
            this.costMin = costMin;
        }

        public Double getCostMostLikely() {
            return costMostLikely;
        }

        public void setCostMostLikely(Double costMostLikely) {
            this.costMostLikely = costMostLikely;
        }

        public Double getCostMax() {
            return costMax;
        }

        public void setCostMax(Double costMax) {
            this.costMax = costMax;
        }

        public DistributionType getCostDistribution() {
            return costDistribution;
        }

        public void setCostDistribution(DistributionType costDistribution) {
            this.costDistribution = costDistribution;
        }
    }

    /** One response action as its row holds it. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private String description;
        private String owner;
        private LocalDate due;
        private boolean done;

        public ActionRow() {
        }

        ActionRow(RiskAction action) {
            description = action.description();
            owner = action.owner();
            due = action.due();
            done = action.done();
        }

        boolean isEmpty() {
            return (description == null || description.isBlank()) && (owner == null || owner.isBlank())
                    && due == null;
        }

        RiskAction toAction() {
            return new RiskAction(blankToNull(description), blankToNull(owner), due, done);
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }

        public boolean isDone() {
            return done;
        }

        public void setDone(boolean done) {
            this.done = done;
        }
    }

    private static LocalizedText text(String zh, String en) {
        String z = blankToNull(zh);
        String e = blankToNull(en);
        return z == null && e == null ? null : new LocalizedText(z, e);
    }

    private static String zh(LocalizedText text) {
        return text == null ? null : text.zh();
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.en();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public RiskStatus getStatus() {
        return status;
    }

    public void setStatus(RiskStatus status) {
        this.status = status;
    }

    public List<String> getActivities() {
        return activities;
    }

    public void setActivities(List<String> activities) {
        this.activities = activities;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public Integer getResidualProbability() {
        return residualProbability;
    }

    public void setResidualProbability(Integer residualProbability) {
        this.residualProbability = residualProbability;
    }

    public Integer getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(Integer residualImpact) {
        this.residualImpact = residualImpact;
    }

    public ResponseStrategy getResponse() {
        return response;
    }

    public void setResponse(ResponseStrategy response) {
        this.response = response;
    }

    public String getResponsePlanZh() {
        return responsePlanZh;
    }

    public void setResponsePlanZh(String responsePlanZh) {
        this.responsePlanZh = responsePlanZh;
    }

    public String getResponsePlanEn() {
        return responsePlanEn;
    }

    public void setResponsePlanEn(String responsePlanEn) {
        this.responsePlanEn = responsePlanEn;
    }

    public String getWarningTriggerZh() {
        return warningTriggerZh;
    }

    public void setWarningTriggerZh(String warningTriggerZh) {
        this.warningTriggerZh = warningTriggerZh;
    }

    public String getWarningTriggerEn() {
        return warningTriggerEn;
    }

    public void setWarningTriggerEn(String warningTriggerEn) {
        this.warningTriggerEn = warningTriggerEn;
    }

    public String getStopLossZh() {
        return stopLossZh;
    }

    public void setStopLossZh(String stopLossZh) {
        this.stopLossZh = stopLossZh;
    }

    public String getStopLossEn() {
        return stopLossEn;
    }

    public void setStopLossEn(String stopLossEn) {
        this.stopLossEn = stopLossEn;
    }

    public String getRecoveryPlanZh() {
        return recoveryPlanZh;
    }

    public void setRecoveryPlanZh(String recoveryPlanZh) {
        this.recoveryPlanZh = recoveryPlanZh;
    }

    public String getRecoveryPlanEn() {
        return recoveryPlanEn;
    }

    public void setRecoveryPlanEn(String recoveryPlanEn) {
        this.recoveryPlanEn = recoveryPlanEn;
    }

    public Integer getWarningScore() {
        return warningScore;
    }

    public void setWarningScore(Integer warningScore) {
        this.warningScore = warningScore;
    }

    public Integer getStopLossScore() {
        return stopLossScore;
    }

    public void setStopLossScore(Integer stopLossScore) {
        this.stopLossScore = stopLossScore;
    }

    public Integer getRecoveryScore() {
        return recoveryScore;
    }

    public void setRecoveryScore(Integer recoveryScore) {
        this.recoveryScore = recoveryScore;
    }

    public Double getMitigationCost() {
        return mitigationCost;
    }

    public void setMitigationCost(Double mitigationCost) {
        this.mitigationCost = mitigationCost;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public Quantification getPre() {
        return pre;
    }

    public Quantification getPost() {
        return post;
    }

    public List<ActionRow> getActions() {
        return actions;
    }
}
