package org.keelson.portal.plan.interfaces.web;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.i18n.MoneyFormat;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanNotFoundException;
import org.keelson.portal.security.CurrentUser;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.text.LocalizedText;

/**
 * A page that needs the whole plan (its schedule, baselines or progress) and, for PMO and ADMIN, saves edits of it:
 * the plan is read with its version through {@link PlanEditing}, and every save sends that version back, so a
 * concurrent save is reported by {@link PageEdits} instead of being overwritten.
 */
public abstract class EditedPlanView extends PlanScopedView {
    private static final long serialVersionUID = 1L;

    @Inject
    private PlanEditing editing;

    @Inject
    private CurrentUser user;

    private final PageEdits edits = new PageEdits();

    /** Read again if the view is restored after serialization (then {@code looked} is false too). */
    private transient PlanEditing.Versioned<Plan> plan;
    private transient boolean looked;
    /** The version the user has seen and edits on, kept across a restored view (see PlanRecordView). */
    private Long seenVersion;

    @Override
    protected boolean read(String code) {
        looked = true;
        try {
            plan = editing.find(code);
        } catch (PlanNotFoundException e) {
            plan = null;
        }
        if (plan != null) {
            if (seenVersion == null) {
                seenVersion = plan.version();
            }
            readFrom(plan.value());
        }
        return plan != null;
    }

    /** Prepares what the page shows of {@code plan} (its forms, its rows) after each read. */
    protected void readFrom(Plan read) {
    }

    protected Plan plan() {
        if (!looked && getCode() != null) {
            read(getCode());
        }
        return plan == null ? null : plan.value();
    }

    /**
     * Saves {@code edit} made on the version the page read; true when saved (the page has then re-read the plan).
     * A role that may not edit is refused by {@link PageEdits#run} even if the page's form was posted anyway.
     */
    protected boolean save(String action, PlanEdit edit, Function<String, String> fieldOf) {
        return save(PageEdits.mayEditPlans(), action, edit, fieldOf);
    }

    /** As {@link #save(String, PlanEdit, Function)}, for a page whose own rules say whether the user may save. */
    protected boolean save(boolean allowed, String action, PlanEdit edit, Function<String, String> fieldOf) {
        plan();
        long version = seenVersion == null ? -1 : seenVersion;
        boolean saved = edits.run(allowed, () -> editing.edit(getCode(), version, user.getUsername(), action, edit),
                fieldOf);
        if (saved) {
            reload();
        }
        return saved;
    }

    /** Reads the plan again, taking in a concurrent change after a conflict. */
    public void reload() {
        seenVersion = null;
        read(getCode());
    }

    @Override
    public boolean isFound() {
        return plan() != null;
    }

    @Override
    public LocalizedText getPlanName() {
        return plan().name();
    }

    /** The signed-in user, for pages whose own rules say who may edit. */
    protected CurrentUser currentUser() {
        return user;
    }

    public boolean isMayEdit() {
        return PageEdits.mayEditPlans();
    }

    public PageEdits getEdits() {
        return edits;
    }

    /** The date the page's derived figures are measured at, as on every page about the plan. */
    public LocalDate getStatusDate() {
        return plan().effectiveStatusDate();
    }

    /** An amount in the plan's currency, in the reader's unit (万元 for Chinese readers of CNY plans). */
    public String money(Double amount) {
        return MoneyFormat.format(amount, plan().currency(), Messages.currentLocale());
    }
}
