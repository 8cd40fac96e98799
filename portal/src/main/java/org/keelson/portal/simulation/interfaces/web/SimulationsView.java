package org.keelson.portal.simulation.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.portal.security.Role;
import org.keelson.portal.simulation.application.InvalidSettingsException;
import org.keelson.portal.simulation.application.QueueFullException;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationSettings;

/**
 * Backs simulation/simulations.xhtml?code=...: the plan's runs with live progress (the page polls while one is
 * queued or running), and for the PMO, risk owners and administrators a form to start one and a button to cancel.
 */
@Named
@ViewScoped
public class SimulationsView extends PlanRecordView<Void> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Inject
    SimulationService simulations;

    private Integer iterations = 10_000;
    private Long seed;
    private Sampling sampling = Sampling.RANDOM;
    private boolean postMitigation;
    private Double tolerance;
    /** The runs picked for comparison: A the reference, B the one compared with it. */
    private Long compareA;
    private Long compareB;
    /** Read once per request: {@link #refresh} (the poll's listener) and the actions drop it. */
    private transient List<SimulationRun> runs;

    /** The plan's facts only: the runs are read apart, again at every poll. */
    @Override
    protected Optional<PlanExtract<Void>> find(PlanService service, String code) {
        return service.findFacts(code).map(facts -> new PlanExtract<>(facts, null));
    }

    public List<SimulationRun> getRuns() {
        if (runs == null) {
            runs = simulations.list(getCode());
        }
        return runs;
    }

    /** The runs that can be compared: those done, newest first. */
    public List<SimulationRun> getDoneRuns() {
        return getRuns().stream().filter(run -> run.status() == RunStatus.DONE).toList();
    }

    /** Opens the comparison of the two runs picked; every role that reads runs may compare them. */
    public String compare() {
        if (compareA == null || compareB == null || compareA.equals(compareB)) {
            error(Messages.get("simulation.compare.pickTwo"));
            return null;
        }
        return "/simulation/compare?faces-redirect=true&code="
                + URLEncoder.encode(getCode(), StandardCharsets.UTF_8) + "&a=" + compareA + "&b=" + compareB;
    }

    /** Whether a run is queued or running: the page polls while one is. */
    public boolean isAnyActive() {
        return getRuns().stream().anyMatch(run -> !run.status().isFinal());
    }

    /** Whether the signed-in user may start and cancel runs (the REST API applies the same rule). */
    public boolean isMayStart() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.PMO) || external.isUserInRole(Role.Names.RISK_OWNER)
                || external.isUserInRole(Role.Names.ADMIN);
    }

    public void refresh() {
        runs = null;
    }

    public void start() {
        if (!isMayStart()) {
            error(Messages.get("simulation.notPermitted"));
            return;
        }
        SimulationSettings settings = new SimulationSettings(iterations == null ? 0 : iterations, seed, sampling,
                postMitigation, tolerance);
        try {
            simulations.start(getCode(), settings, FacesContext.getCurrentInstance().getExternalContext()
                    .getUserPrincipal().getName())
                    .ifPresent(id -> message(FacesMessage.SEVERITY_INFO, format("simulation.queued", id)));
        } catch (InvalidSettingsException e) {
            e.violations().forEach(v -> error(format("simulation.invalid." + v.path(), SimulationSettings.MAX_ITERATIONS)));
        } catch (QueueFullException e) {
            error(format("simulation.queueFull", e.limit()));
        }
        refresh();
    }

    public void cancel(long id) {
        if (!isMayStart()) {
            error(Messages.get("simulation.notPermitted"));
            return;
        }
        simulations.cancel(getCode(), id);
        refresh();
    }

    /** A moment as the table shows it: UTC, to the second. */
    public String when(Instant instant) {
        return instant == null ? Messages.DASH : WHEN.format(instant);
    }

    public List<Sampling> getSamplings() {
        return List.of(Sampling.values());
    }

    /** The run picked as A; until one is picked, the older of the two latest done runs. */
    public Long getCompareA() {
        List<SimulationRun> done = getDoneRuns();
        return compareA != null || done.size() < 2 ? compareA : done.get(1).id();
    }

    public void setCompareA(Long compareA) {
        this.compareA = compareA;
    }

    /** The run picked as B; until one is picked, the latest done run. */
    public Long getCompareB() {
        List<SimulationRun> done = getDoneRuns();
        return compareB != null || done.size() < 2 ? compareB : done.get(0).id();
    }

    public void setCompareB(Long compareB) {
        this.compareB = compareB;
    }

    public Integer getIterations() {
        return iterations;
    }

    public void setIterations(Integer iterations) {
        this.iterations = iterations;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public Sampling getSampling() {
        return sampling;
    }

    public void setSampling(Sampling sampling) {
        this.sampling = sampling;
    }

    public boolean isPostMitigation() {
        return postMitigation;
    }

    public void setPostMitigation(boolean postMitigation) {
        this.postMitigation = postMitigation;
    }

    public Double getTolerance() {
        return tolerance;
    }

    public void setTolerance(Double tolerance) {
        this.tolerance = tolerance;
    }

    private static String format(String key, Object argument) {
        return new MessageFormat(Messages.get(key), Messages.currentLocale())
                .format(new Object[] {argument.toString()});
    }

    private static void error(String text) {
        message(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
