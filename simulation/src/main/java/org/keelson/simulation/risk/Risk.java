package org.keelson.simulation.risk;

import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.text.LocalizedText;

/**
 * An entry of the risk register. {@code probability} and {@code impact} are the FAF levels 1..5 before response;
 * {@code residualProbability}/{@code residualImpact} after it. {@code preMitigation}/{@code postMitigation}
 * quantify the risk for simulation (post may be null: the response is not expected to change it).
 * {@code activities} are the WBS codes it affects. {@code reviewDate} is when the owner next reviews it,
 * {@code mitigationCost} what the response costs, {@code triggers} the scores that start its response levels and
 * {@code actions} the steps of its response; {@code description} says what could happen as cause, event and
 * effect.
 */
public record Risk(
        String code,
        LocalizedText title,
        String category,
        String owner,
        int probability,
        int impact,
        Integer residualProbability,
        Integer residualImpact,
        RiskStatus status,
        ResponseStrategy response,
        LocalizedText responsePlan,
        LocalizedText warningTrigger,
        LocalizedText stopLoss,
        LocalizedText recoveryPlan,
        RiskQuantification preMitigation,
        RiskQuantification postMitigation,
        List<String> activities,
        LocalDate reviewDate,
        Double mitigationCost,
        RiskTriggers triggers,
        List<RiskAction> actions,
        LocalizedText description) {

    public Risk {
        activities = activities == null ? List.of() : List.copyOf(activities);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A risk as the register of the sample plans gives it: no review date, mitigation cost, triggers or actions. */
    public Risk(String code, LocalizedText title, String category, String owner, int probability, int impact,
            Integer residualProbability, Integer residualImpact, RiskStatus status, ResponseStrategy response,
            LocalizedText responsePlan, LocalizedText warningTrigger, LocalizedText stopLoss,
            LocalizedText recoveryPlan, RiskQuantification preMitigation, RiskQuantification postMitigation,
            List<String> activities) {
        this(code, title, category, owner, probability, impact, residualProbability, residualImpact, status,
                response, responsePlan, warningTrigger, stopLoss, recoveryPlan, preMitigation, postMitigation,
                activities, null, null, null, List.of(), null);
    }

    public int score() {
        return probability * impact;
    }

    /** Residual probability x impact after response; null when the register gives none. */
    public Integer residualScore() {
        return residualProbability != null && residualImpact != null ? residualProbability * residualImpact : null;
    }

    /** Every status but closed counts as live (a risk without a status too). */
    public boolean isLive() {
        return status != RiskStatus.CLOSED;
    }

    /** The highest response level a live risk's score has reached, or null. */
    public ResponseLevel reachedLevel() {
        return triggers == null || !isLive() ? null : triggers.reachedAt(score());
    }

    /** Whether a live risk's review date or an open action's due date lies before {@code date}. */
    public boolean overdueOn(LocalDate date) {
        return isLive() && (reviewDate != null && reviewDate.isBefore(date)
                || actions.stream().anyMatch(a -> a.overdueOn(date)));
    }

    /** A copy with the given assessment before and after response (a re-score). */
    public Risk scored(int newProbability, int newImpact, Integer newResidualProbability,
            Integer newResidualImpact) {
        return new Risk(code, title, category, owner, newProbability, newImpact, newResidualProbability,
                newResidualImpact, status, response, responsePlan, warningTrigger, stopLoss, recoveryPlan,
                preMitigation, postMitigation, activities, reviewDate, mitigationCost, triggers, actions,
                description);
    }
}
