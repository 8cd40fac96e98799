package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.simulation.text.LocalizedText;

/** Backs index.xhtml: every plan with its budget, spend, progress, next milestone and high risks. */
@Named
@ViewScoped
public class PortfolioPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    /** Reloaded if the view is restored after serialization. */
    private transient List<PlanSummary> summaries;

    public List<PlanSummary> getSummaries() {
        if (summaries == null) {
            summaries = plans.listSummaries();
        }
        return summaries;
    }

    public String text(LocalizedText text) {
        return PageLocale.text(text);
    }

    public String money(Double amount, String currency) {
        return MoneyFormat.format(amount, currency, PageLocale.current());
    }
}
