package org.keelson.portal.plan.interfaces.web;

import jakarta.inject.Inject;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;

/** A page about one part of a plan (WBS, milestones, budget, risks, KPIs), read from the plan record. */
public abstract class PlanRecordView extends PlanScopedView {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    /** Read again if the view is restored after serialization (then {@code looked} is false too). */
    private transient Plan plan;
    private transient boolean looked;

    @Override
    protected boolean read(String code) {
        plan = plans.findPlan(code).orElse(null);
        looked = true;
        return plan != null;
    }

    public Plan getPlan() {
        if (!looked && getCode() != null) {
            read(getCode());
        }
        return plan;
    }

    @Override
    public boolean isFound() {
        return getPlan() != null;
    }

    @Override
    public LocalizedText getPlanName() {
        return getPlan().name();
    }

    /** An amount in the plan's currency, in the reader's unit (万元 for Chinese readers of CNY plans). */
    public String money(Double amount) {
        return MoneyFormat.format(amount, getPlan().currency(), Messages.currentLocale());
    }
}
