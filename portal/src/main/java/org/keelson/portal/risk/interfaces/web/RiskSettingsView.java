package org.keelson.portal.risk.interfaces.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.RiskRegister;
import org.keelson.portal.plan.interfaces.web.PageEdits;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.portal.security.CurrentUser;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.risk.RiskMatrix;

/**
 * Backs risk/settings.xhtml?code=...: the plan's risk matrix thresholds (the lowest medium and high scores), which
 * PMO and ADMIN change; everyone reads them with the scale the matrix's levels stand for.
 */
@Named
@ViewScoped
public class RiskSettingsView extends PlanRecordView<RiskRegister> {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("riskMatrix.mediumFrom", "settingsForm:mediumFrom",
            "riskMatrix.highFrom", "settingsForm:highFrom");

    @Inject
    private PlanEditing editing;

    @Inject
    private CurrentUser user;

    private final PageEdits edits = new PageEdits();
    private Integer mediumFrom;
    private Integer highFrom;

    @Override
    protected Optional<PlanExtract<RiskRegister>> find(PlanService service, String code) {
        return service.findRisks(code);
    }

    @Override
    public void load() {
        super.load();
        if (isFound()) {
            mediumFrom = part().matrix().mediumFrom();
            highFrom = part().matrix().highFrom();
        }
    }

    public boolean isMayEdit() {
        return PageEdits.mayEditPlans();
    }

    public PageEdits getEdits() {
        return edits;
    }

    public Integer getMediumFrom() {
        return mediumFrom;
    }

    public void setMediumFrom(Integer mediumFrom) {
        this.mediumFrom = mediumFrom;
    }

    public Integer getHighFrom() {
        return highFrom;
    }

    public void setHighFrom(Integer highFrom) {
        this.highFrom = highFrom;
    }

    /** The levels 1..5 of the scales, for the table of their texts. */
    public List<Integer> getLevels() {
        return IntStream.rangeClosed(1, 5).boxed().toList();
    }

    public String scale(String axis, int level) {
        return Messages.get("riskScale." + axis + "." + level);
    }

    public void save() {
        RiskMatrix matrix = new RiskMatrix(mediumFrom == null ? 0 : mediumFrom, highFrom == null ? 0 : highFrom);
        if (edits.run(() -> editing.edit(getCode(), seenVersion(), user.getUsername(),
                PlanAction.UPDATE_PLAN.on("riskMatrix"),
                PlanEdits.replace(plan -> new PlanBuilder(plan).riskMatrix(matrix).build())),
                PageEdits.fields("riskMatrix", FIELDS))) {
            refresh();
        }
    }
}
