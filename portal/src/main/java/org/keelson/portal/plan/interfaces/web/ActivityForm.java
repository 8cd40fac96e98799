package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.text.LocalizedText;

/**
 * The WBS editor's form for one element, the columns of MS Project's entry table: names, owner, phase, duration as a
 * fixed number or a three-point estimate with its distribution, costs, budget category and predecessors with type
 * and lag. {@link #applyTo} keeps what the form does not show (dates, progress).
 */
public class ActivityForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One predecessor link of the form. */
    public static class Link implements Serializable {
        private static final long serialVersionUID = 1L;
        private String predecessor;
        private RelationType type = RelationType.FS;
        private double lag;

        public String getPredecessor() {
            return predecessor;
        }

        public void setPredecessor(String predecessor) {
            this.predecessor = predecessor;
        }

        public RelationType getType() {
            return type;
        }

        public void setType(RelationType type) {
            this.type = type;
        }

        public double getLag() {
            return lag;
        }

        public void setLag(double lag) {
            this.lag = lag;
        }
    }

    private String code;
    private String nameZh;
    private String nameEn;
    private String owner;
    private String phase;
    private boolean milestone;
    private double duration;
    private boolean threePoint;
    private Double estimateMin;
    private Double estimateMostLikely;
    private Double estimateMax;
    private DistributionType distribution = DistributionType.PERT;
    private double costPerDay;
    private double fixedCost;
    private String budgetCategory;
    private List<Link> links = new ArrayList<>();

    static ActivityForm of(Activity a) {
        ActivityForm form = new ActivityForm();
        form.code = a.code();
        form.nameZh = a.name() == null ? null : a.name().zh();
        form.nameEn = a.name() == null ? null : a.name().en();
        form.owner = a.owner();
        form.phase = a.phase();
        form.milestone = a.milestone();
        form.duration = a.duration();
        ThreePointEstimate estimate = a.estimate();
        form.threePoint = estimate != null;
        if (estimate != null) {
            form.estimateMin = estimate.min();
            form.estimateMostLikely = estimate.mostLikely();
            form.estimateMax = estimate.max();
            form.distribution = estimate.distribution();
        }
        form.costPerDay = a.costPerDay();
        form.fixedCost = a.fixedCost();
        form.budgetCategory = a.budgetCategory();
        for (Relation r : a.relations()) {
            Link link = new Link();
            link.predecessor = r.predecessor();
            link.type = r.type();
            link.lag = r.lag();
            form.links.add(link);
        }
        return form;
    }

    /** {@code current} with this form's values; dates and progress stay. */
    Activity applyTo(Activity current) {
        ThreePointEstimate estimate = threePoint ? new ThreePointEstimate(orZero(estimateMin),
                orZero(estimateMostLikely), orZero(estimateMax), distribution) : null;
        List<Relation> relations = links.stream().filter(l -> l.predecessor != null && !l.predecessor.isBlank())
                .map(l -> new Relation(l.predecessor, l.type, l.lag)).toList();
        return new Activity(current.code(), LocalizedText.of(FormValues.blankToNull(nameZh), FormValues.blankToNull(nameEn)),
                FormValues.blankToNull(owner), FormValues.blankToNull(phase), milestone, milestone ? 0 : duration, estimate,
                current.plannedStart(), current.plannedFinish(), current.percentComplete(), current.actualStart(),
                current.actualFinish(), fixedCost, costPerDay, FormValues.blankToNull(budgetCategory), relations);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }


    public void addLink() {
        links.add(new Link());
    }

    public void removeLink(Link link) {
        links.remove(link);
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public boolean isMilestone() {
        return milestone;
    }

    public void setMilestone(boolean milestone) {
        this.milestone = milestone;
    }

    public double getDuration() {
        return duration;
    }

    public void setDuration(double duration) {
        this.duration = duration;
    }

    public boolean isThreePoint() {
        return threePoint;
    }

    public void setThreePoint(boolean threePoint) {
        this.threePoint = threePoint;
    }

    public Double getEstimateMin() {
        return estimateMin;
    }

    public void setEstimateMin(Double estimateMin) {
        this.estimateMin = estimateMin;
    }

    public Double getEstimateMostLikely() {
        return estimateMostLikely;
    }

    public void setEstimateMostLikely(Double estimateMostLikely) {
        this.estimateMostLikely = estimateMostLikely;
    }

    public Double getEstimateMax() {
        return estimateMax;
    }

    public void setEstimateMax(Double estimateMax) {
        this.estimateMax = estimateMax;
    }

    public DistributionType getDistribution() {
        return distribution;
    }

    public void setDistribution(DistributionType distribution) {
        this.distribution = distribution;
    }

    public double getCostPerDay() {
        return costPerDay;
    }

    public void setCostPerDay(double costPerDay) {
        this.costPerDay = costPerDay;
    }

    public double getFixedCost() {
        return fixedCost;
    }

    public void setFixedCost(double fixedCost) {
        this.fixedCost = fixedCost;
    }

    public String getBudgetCategory() {
        return budgetCategory;
    }

    public void setBudgetCategory(String budgetCategory) {
        this.budgetCategory = budgetCategory;
    }

    public List<Link> getLinks() {
        return links;
    }
}
