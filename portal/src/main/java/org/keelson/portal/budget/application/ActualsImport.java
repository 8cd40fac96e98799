package org.keelson.portal.budget.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanChange;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.reports.actuals.ActualsReader;
import org.keelson.simulation.plan.edit.Actuals;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

/**
 * Finance's actual costs from an uploaded actuals template or CSV ({@link ActualsReader}), written into the plan's
 * budget lines ({@link Actuals#apply}) as one {@link PlanEditing#edit}: checked against the version the user read,
 * validated by the plan checker, audited as {@link PlanAction#IMPORT_ACTUALS}, and written whole or not at all.
 * The page previews an upload first and, on confirmation, writes the same upload on the version it previewed; the API
 * writes at once.
 */
@ApplicationScoped
public class ActualsImport {

    @Inject
    PlanEditing editing;

    /** What an upload would write on plan version {@code version}: the amounts and changes, or every problem. */
    public record Preview(long version, List<Actuals.Amount> amounts, List<Actuals.Change> changes,
            List<ValidationError> problems) {
        public Preview {
            amounts = List.copyOf(amounts);
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** What was written: the plan's version afterwards and the lines whose actual changed. */
    public record Written(long version, List<Actuals.Change> changes) {
        public Written {
            changes = List.copyOf(changes);
        }
    }

    /** Reads {@code content} against the stored plan; nothing is written. */
    public Preview preview(String code, byte[] content, ActualsReader.Format format, Locale locale) {
        PlanEditing.Versioned<Plan> plan = editing.find(code);
        ActualsReader.Outcome outcome = new ActualsReader(plan.value(), locale).read(content, format);
        if (!outcome.accepted()) {
            return new Preview(plan.version(), List.of(), List.of(), outcome.problems());
        }
        try {
            Actuals.Result result = Actuals.apply(plan.value(), outcome.amounts());
            return new Preview(plan.version(), outcome.amounts(), result.changes(), List.of());
        } catch (PlanValidationException e) {
            return new Preview(plan.version(), List.of(), List.of(), e.errors());
        }
    }

    /**
     * Reads {@code content} against the plan as stored, if it is still at {@code expectedVersion}, and writes it.
     *
     * @throws org.keelson.portal.plan.application.PlanEditRefusedException with every problem of the upload, each at
     *                                                                       its cell or line; nothing written
     */
    public Written upload(String code, long expectedVersion, String user, byte[] content,
            ActualsReader.Format format, Locale locale) {
        List<Actuals.Change> changes = new ArrayList<>();
        PlanEdit edit = plan -> {
            ActualsReader.Outcome outcome = new ActualsReader(plan, locale).read(content, format);
            if (!outcome.accepted()) {
                throw new PlanValidationException(outcome.problems());
            }
            Actuals.Result result = Actuals.apply(plan, outcome.amounts());
            changes.addAll(result.changes());
            return PlanChange.of(result.plan());
        };
        PlanEditing.Saved saved = editing.edit(code, expectedVersion, user, PlanAction.IMPORT_ACTUALS.on(""), edit);
        return new Written(saved.version(), changes);
    }
}
