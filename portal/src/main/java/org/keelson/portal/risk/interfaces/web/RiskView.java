package org.keelson.portal.risk.interfaces.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.RiskRegister;
import org.keelson.portal.plan.interfaces.web.PageEdits;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.portal.risk.application.RiskEditNotAllowedException;
import org.keelson.portal.risk.application.RiskEditing;
import org.keelson.portal.risk.application.RiskEditor;
import org.keelson.portal.risk.application.RiskHistory;
import org.keelson.portal.risk.application.RiskOwners;
import org.keelson.portal.security.Role;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.schedule.Activity;

/**
 * Backs risk/risk.xhtml?code=...&amp;risk=...: one risk of the register to read, or (for PMO, ADMIN and its owner)
 * to edit; without {@code risk}, a new risk to log. The risk is scored by clicking the 5x5 matrix before and after
 * response, its score and band following at once; the page lists its assessments over time.
 */
@Named
@ViewScoped
public class RiskView extends PlanRecordView<RiskRegister> {
    private static final long serialVersionUID = 1L;
    /** Problem paths of the format's rules to the form's inputs. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "riskForm:titleZh"),
            Map.entry("title.zh", "riskForm:titleZh"), Map.entry("title.en", "riskForm:titleEn"),
            Map.entry("category", "riskForm:category"), Map.entry("owner", "riskForm:owner"),
            Map.entry("probability", "riskForm:probability"), Map.entry("impact", "riskForm:impact"),
            Map.entry("residualProbability", "riskForm:residualProbability"),
            Map.entry("residualImpact", "riskForm:residualImpact"), Map.entry("activities", "riskForm:activities"),
            Map.entry("activities[]", "riskForm:activities"),
            Map.entry("preMitigation", "riskForm:preProbability"),
            Map.entry("preMitigation.probability", "riskForm:preProbability"),
            Map.entry("preMitigation.scheduleImpact", "riskForm:preScheduleMin"),
            Map.entry("preMitigation.costImpact", "riskForm:preCostMin"),
            Map.entry("postMitigation", "riskForm:postProbability"),
            Map.entry("postMitigation.probability", "riskForm:postProbability"),
            Map.entry("postMitigation.scheduleImpact", "riskForm:postScheduleMin"),
            Map.entry("postMitigation.costImpact", "riskForm:postCostMin"),
            Map.entry("triggers", "riskForm:warningScore"), Map.entry("triggers.warning", "riskForm:warningScore"),
            Map.entry("triggers.stopLoss", "riskForm:stopLossScore"),
            Map.entry("triggers.recovery", "riskForm:recoveryScore"),
            Map.entry("mitigationCost", "riskForm:mitigationCost"), Map.entry("actions", "riskForm:actions"),
            Map.entry("reviewDate", "riskForm:reviewDate"));

    @Inject
    private RiskEditing riskEditing;

    @Inject
    private RiskOwners owners;

    @Inject
    private RiskHistory riskHistory;

    @Inject
    private PlanService service;

    private final PageEdits edits = new PageEdits();
    private String risk;
    private RiskForm form;
    private List<Activity> activityChoices;
    private List<RiskHistory.Score> history;

    @Override
    protected Optional<PlanExtract<RiskRegister>> find(PlanService plans, String code) {
        return plans.findRisks(code);
    }

    /** View action: the risk asked for (404 when the plan or the risk does not exist), or a new one. */
    @Override
    public void load() {
        super.load();
        if (!isFound()) {
            return;
        }
        if (risk == null || risk.isBlank()) {
            form = RiskForm.blank(RiskEditing.nextCode(part().risks()), FacesContext.getCurrentInstance()
                    .getExternalContext().getRemoteUser());
        } else {
            Optional<Risk> found = stored();
            if (found.isEmpty()) {
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
                return;
            }
            form = RiskForm.of(found.get());
        }
    }

    private Optional<Risk> stored() {
        return part().risks().stream().filter(r -> r.code().equals(risk)).findFirst();
    }

    public String getRisk() {
        return risk;
    }

    public void setRisk(String risk) {
        this.risk = risk;
    }

    /** Whether the page logs a new risk rather than showing a stored one. */
    public boolean isNew() {
        return risk == null || risk.isBlank();
    }

    public RiskForm getForm() {
        return form;
    }

    public PageEdits getEdits() {
        return edits;
    }

    /** Whether the user may save this risk: PMO and ADMIN always, a risk owner a new risk or one they own. */
    public boolean isMayEdit() {
        RiskEditor editor = editor();
        return form != null && (isNew() ? editor.mayLog()
                : stored().map(r -> editor.mayEdit(r.owner())).orElse(false));
    }

    static RiskEditor editor() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return new RiskEditor(external.getRemoteUser(),
                external.isUserInRole(Role.Names.PMO) || external.isUserInRole(Role.Names.ADMIN),
                external.isUserInRole(Role.Names.RISK_OWNER));
    }

    /** Probability levels as the matrix's rows, 5 at the top. */
    public List<Integer> getProbabilityLevels() {
        return IntStream.rangeClosed(1, 5).map(i -> 6 - i).boxed().toList();
    }

    /** Impact levels as the matrix's columns. */
    public List<Integer> getImpactLevels() {
        return IntStream.rangeClosed(1, 5).boxed().toList();
    }

    /** The band of a score by the plan's thresholds. */
    public RiskLevel level(int score) {
        return part().matrix().levelOf(score);
    }

    /** The text of a scale's level in the reader's language: {@code probability} or {@code impact}, 1..5. */
    public String scale(String axis, int level) {
        return Messages.get("riskScale." + axis + "." + level);
    }

    /** Whether the cell is the risk's assessment: {@code stage} pre (before response) or post (residual). */
    public boolean chosen(String stage, int probability, int impact) {
        return "pre".equals(stage)
                ? Integer.valueOf(probability).equals(form.getProbability())
                        && Integer.valueOf(impact).equals(form.getImpact())
                : Integer.valueOf(probability).equals(form.getResidualProbability())
                        && Integer.valueOf(impact).equals(form.getResidualImpact());
    }

    /** When an assessment was saved, in the reader's language and the server's time zone. */
    public String savedAt(RiskHistory.Score score) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Messages.currentLocale())
                .withZone(ZoneId.systemDefault()).format(score.savedAt());
    }

    /**
     * Scores the risk with the clicked cell: before response on matrix {@code pre}, its residual assessment on
     * matrix {@code post}.
     */
    public void choose(String stage, int probability, int impact) {
        if ("pre".equals(stage)) {
            form.setProbability(probability);
            form.setImpact(impact);
        } else {
            form.setResidualProbability(probability);
            form.setResidualImpact(impact);
        }
    }

    public List<RiskOwners.Owner> getOwners() {
        List<RiskOwners.Owner> all = new ArrayList<>(owners.all());
        String current = form == null ? null : form.getOwner();
        if (current != null && all.stream().noneMatch(o -> o.username().equals(current))) {
            all.add(0, new RiskOwners.Owner(current, current));
        }
        return all;
    }

    /** The WBS elements a risk may affect, in WBS order. */
    public List<Activity> getActivityChoices() {
        if (activityChoices == null) {
            activityChoices = service.findWbs(getCode()).map(PlanExtract::part).orElse(List.of());
        }
        return activityChoices;
    }

    public RiskStatus[] getStatuses() {
        return RiskStatus.values();
    }

    public ResponseStrategy[] getStrategies() {
        return ResponseStrategy.values();
    }

    public DistributionType[] getDistributions() {
        return DistributionType.values();
    }

    /** The risk's assessments, oldest first; none for a new risk. */
    public List<RiskHistory.Score> getHistory() {
        if (history == null) {
            history = isNew() ? List.of() : riskHistory.scores(getCode(), risk);
        }
        return history;
    }

    /** Saves the form; a new risk's page then shows the risk as logged. */
    public void save() throws IOException {
        Risk edited = form.toRisk();
        String code = edited.code();
        boolean adding = isNew();
        PlanEdit edit = PlanEdits.replace(plan -> {
            List<Risk> risks = new ArrayList<>(plan.risks());
            if (adding) {
                risks.add(edited);
            } else {
                risks.replaceAll(r -> r.code().equals(code) ? edited : r);
            }
            return new PlanBuilder(plan).risks(risks).build();
        });
        RiskEditor editor = editor();
        boolean saved;
        try {
            saved = edits.run(editor.mayLog(), () -> {
                if (adding) {
                    riskEditing.log(getCode(), seenVersion(), editor, code, edit);
                } else {
                    riskEditing.update(getCode(), code, seenVersion(), editor, edit);
                }
            }, PageEdits.fields("risks[", FIELDS));
        } catch (RiskEditNotAllowedException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get("edit.notAllowed"), null));
            return;
        }
        if (saved) {
            if (adding) {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                external.redirect(external.getRequestContextPath() + "/risk/risk.xhtml?code="
                        + URLEncoder.encode(getCode(), StandardCharsets.UTF_8) + "&risk="
                        + URLEncoder.encode(code, StandardCharsets.UTF_8));
                return;
            }
            reload();
        }
    }

    /** Reads the plan again (after a save, or to take in a concurrent change). */
    public void reload() {
        refresh();
        history = null;
        stored().ifPresent(r -> form = RiskForm.of(r));
    }
}
