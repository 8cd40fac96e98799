package org.keelson.simulation.risk;

import java.util.List;

import org.keelson.simulation.text.LocalizedText;

/**
 * An entry of the risk register. {@code probability} and {@code impact} are the FAF levels 1..5 before response;
 * {@code residualProbability}/{@code residualImpact} after it. {@code preMitigation}/{@code postMitigation}
 * quantify the risk for simulation (post may be null: the response is not expected to change it).
 * {@code activities} are the WBS codes it affects.
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
        List<String> activities) {

    public Risk {
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public int score() {
        return probability * impact;
    }
}
