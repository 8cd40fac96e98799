package org.keelson.portal.risk.interfaces.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.RiskRegister;
import org.keelson.portal.plan.interfaces.web.PageEdits;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.portal.risk.application.RiskHistory;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskBandMoves;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;

/**
 * Backs risk/risks.xhtml?code=...: the risk register with the response level each risk's trigger reached, the heat
 * maps of live risks before and after response side by side (a click on a cell lists its risks), and the heat map
 * at a past date with how many risks moved between bands since (the risk burndown).
 */
@Named
@ViewScoped
public class RisksView extends PlanRecordView<RiskRegister> {
    private static final long serialVersionUID = 1L;

    @Inject
    private RiskHistory history;

    /** The cell whose risks are listed: its map ("pre", "post" or "past"), probability and impact. */
    private String selectedMap;
    private int selectedProbability;
    private int selectedImpact;
    private LocalDate asOf;
    private transient List<Risk> pastRisks;

    @Override
    protected Optional<PlanExtract<RiskRegister>> find(PlanService service, String code) {
        return service.findRisks(code);
    }

    public List<Risk> getRisks() {
        return part().risks();
    }

    /** LOW, MEDIUM or HIGH by the plan's own thresholds, before response. */
    public RiskLevel level(Risk risk) {
        return part().matrix().levelOf(risk.score());
    }

    public RiskHeatMap getHeatMap() {
        return RiskHeatMap.of(part().risks(), part().matrix());
    }

    public RiskHeatMap getPostHeatMap() {
        return RiskHeatMap.afterResponse(part().risks(), part().matrix());
    }

    /** Whether the user may log risks here (PMO, ADMIN, risk owners). */
    public boolean isMayLog() {
        return RiskView.editor().mayLog();
    }

    /** Whether the user may change the plan's thresholds (PMO, ADMIN). */
    public boolean isMayChangeSettings() {
        return PageEdits.mayEditPlans();
    }

    /** Lists the risks of a cell of map {@code map} ("pre", "post" or "past"). */
    public void select(String map, int probability, int impact) {
        selectedMap = map;
        selectedProbability = probability;
        selectedImpact = impact;
    }

    public String getSelectedMap() {
        return selectedMap;
    }

    public int getSelectedProbability() {
        return selectedProbability;
    }

    public int getSelectedImpact() {
        return selectedImpact;
    }

    /** The risks of the selected cell, in register order (as they stood then, for the past map). */
    public List<Risk> getSelectedRisks() {
        if (selectedMap == null) {
            return List.of();
        }
        RiskHeatMap map = switch (selectedMap) {
            case "post" -> getPostHeatMap();
            case "past" -> getPastHeatMap();
            default -> getHeatMap();
        };
        List<String> codes = map.cell(selectedProbability, selectedImpact).riskCodes();
        List<Risk> source = "past".equals(selectedMap) ? pastRisks() : part().risks();
        return source.stream().filter(r -> codes.contains(r.code())).toList();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
        pastRisks = null;
    }

    private List<Risk> pastRisks() {
        if (pastRisks == null) {
            pastRisks = asOf == null ? List.of() : history.risksAt(getCode(), asOf);
        }
        return pastRisks;
    }

    /** The heat map at the end of {@link #getAsOf()}; null until a date is chosen. */
    public RiskHeatMap getPastHeatMap() {
        return asOf == null ? null : RiskHeatMap.of(pastRisks(), part().matrix());
    }

    /** How risks moved between bands from {@link #getAsOf()} to now; null until a date is chosen. */
    public RiskBandMoves getBandMoves() {
        return asOf == null ? null : RiskBandMoves.between(pastRisks(), part().risks(), part().matrix());
    }

    /** Whether the register had risks stored at the chosen date (a plan imported later had none). */
    public boolean isPastKnown() {
        return !pastRisks().isEmpty();
    }
}
