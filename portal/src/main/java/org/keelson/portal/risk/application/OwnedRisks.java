package org.keelson.portal.risk.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.portal.plan.application.RiskRegister;
import org.keelson.simulation.risk.ResponseLevel;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.text.LocalizedText;

/** The risks a user owns across every plan, for their "My risks" page. */
@ApplicationScoped
public class OwnedRisks {

    @Inject
    PlanService plans;

    /**
     * One owned risk with what its plan says of it: its band by the plan's thresholds, the response level its
     * trigger reached (or null) and whether its review or an action is overdue on {@code today}.
     */
    public record Row(String planCode, LocalizedText planName, Risk risk, RiskLevel level, ResponseLevel reached,
            boolean overdue) {
    }

    /** The live and closed risks {@code username} owns, highest score first, then by plan and code. */
    public List<Row> of(String username, LocalDate today) {
        return plans.listSummaries().stream().map(PlanSummary::code)
                .flatMap(code -> plans.findRisks(code).stream())
                .flatMap(extract -> {
                    RiskRegister register = extract.part();
                    return register.risks().stream().filter(r -> username.equals(r.owner()))
                            .map(r -> new Row(extract.plan().code(), extract.plan().name(), r,
                                    register.matrix().levelOf(r.score()), r.reachedLevel(), r.overdueOn(today)));
                })
                .sorted(Comparator.comparingInt((Row row) -> -row.risk().score()).thenComparing(Row::planCode)
                        .thenComparing(row -> row.risk().code()))
                .toList();
    }
}
