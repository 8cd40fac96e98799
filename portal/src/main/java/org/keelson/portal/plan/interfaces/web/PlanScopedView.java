package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;

import org.keelson.portal.security.Role;

import org.keelson.simulation.text.LocalizedText;

/**
 * What every page about one plan shares (the pages under /plan, /budget, /risk and /kpi that take
 * {@code ?code=}): the code as a view parameter, and a 404 with the "not found" panel for an unknown code.
 * The page declares {@code f:viewParam name="code"} and {@code f:viewAction action="#{bean.load}"} through
 * WEB-INF/templates/plan.xhtml.
 */
public abstract class PlanScopedView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A page about the plan: its label key ({@code tab.<key>}), its view and the roles shown it (empty: every role). */
    public record Tab(String key, String outcome, List<String> roles) {
        public Tab(String key, String outcome) {
            this(key, outcome, List.of());
        }
    }

    /** The pages about one plan, in the order of their tabs. */
    public static final List<Tab> TABS = List.of(new Tab("overview", "/plan/plan"), new Tab("wbs", "/plan/wbs"),
            new Tab("milestones", "/plan/milestones"), new Tab("gantt", "/plan/gantt"),
            new Tab("status", "/plan/status"), new Tab("baselines", "/plan/baselines"),
            new Tab("history", "/plan/history"), new Tab("budget", "/budget/budget"),
            new Tab("actuals", "/budget/actuals", List.of(Role.Names.FINANCE, Role.Names.PMO, Role.Names.ADMIN)),
            new Tab("evm", "/budget/evm"),
            new Tab("risks", "/risk/risks"), new Tab("kpis", "/kpi/kpis"),
            new Tab("simulations", "/simulation/simulations"), new Tab("settings", "/plan/settings"));

    private String code;

    /** The tabs the signed-in user is shown. */
    public List<Tab> getTabs() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return TABS.stream().filter(t -> t.roles().isEmpty() || t.roles().stream().anyMatch(external::isUserInRole))
                .toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** View action: reads what the page shows; an unknown or missing code answers 404. */
    public void load() {
        if (code == null || code.isBlank() || !read(code)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Reads what the page shows of plan {@code code}; false when there is no such plan. */
    protected abstract boolean read(String code);

    public abstract boolean isFound();

    /** The plan's name for the page title and heading. */
    public abstract LocalizedText getPlanName();
}
