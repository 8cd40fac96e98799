package org.keelson.portal.plan.interfaces.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.inject.Inject;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanFacts;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.text.LocalizedText;

/**
 * A page about one part of a plan (WBS, milestones, budget, risks, KPIs): reads that part and the plan's facts
 * only, never the whole aggregate.
 *
 * @param <T> the part, as core records
 */
public abstract class PlanRecordView<T> extends PlanScopedView {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    /** Read again if the view is restored after serialization (then {@code looked} is false too). */
    private transient PlanExtract<T> extract;
    private transient boolean looked;
    /**
     * The plan version the user has seen on this page, which their edits are made on: kept across a restored view
     * (unlike the figures, read again then), so a save after someone else's is reported as a conflict.
     */
    private Long seenVersion;

    /** Reads this page's part of plan {@code code}; empty when there is no such plan. */
    protected abstract Optional<PlanExtract<T>> find(PlanService service, String code);

    @Override
    protected boolean read(String code) {
        extract = find(plans, code).orElse(null);
        looked = true;
        if (extract != null && seenVersion == null) {
            seenVersion = extract.plan().version();
        }
        return extract != null;
    }

    /** Reads the plan again and takes its current version as the one the user now sees (after a save or reload). */
    protected void refresh() {
        seenVersion = null;
        read(getCode());
    }

    /** The version the user's edits on this page are made on. */
    protected long seenVersion() {
        extract();
        return seenVersion;
    }

    private PlanExtract<T> extract() {
        if (!looked && getCode() != null) {
            read(getCode());
        }
        return extract;
    }

    /** The part this page shows. */
    protected T part() {
        return extract().part();
    }

    protected PlanFacts plan() {
        return extract().plan();
    }

    @Override
    public boolean isFound() {
        return extract() != null;
    }

    @Override
    public LocalizedText getPlanName() {
        return plan().name();
    }

    /** The date the page's derived figures are measured at; see {@link PlanFacts#effectiveStatusDate()}. */
    public LocalDate getStatusDate() {
        return plan().effectiveStatusDate();
    }

    /** An amount in the plan's currency, in the reader's unit (万元 for Chinese readers of CNY plans). */
    public String money(Double amount) {
        return MoneyFormat.format(amount, plan().currency(), Messages.currentLocale());
    }
}
