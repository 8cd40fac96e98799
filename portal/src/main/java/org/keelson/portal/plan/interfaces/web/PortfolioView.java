package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanService;

/** Backs portfolio.xhtml: every plan with budget, spend, progress, next milestone and high risks, a page at a time. */
@Named
@ViewScoped
public class PortfolioView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    private PortfolioRows rows;

    @PostConstruct
    void createRows() {
        rows = new PortfolioRows(plans, Messages.currentLocale());
    }

    public PortfolioRows getRows() {
        return rows;
    }
}
