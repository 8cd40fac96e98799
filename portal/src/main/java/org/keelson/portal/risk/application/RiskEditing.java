package org.keelson.portal.risk.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanChange;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;
import org.keelson.simulation.risk.Risk;

/**
 * Saves changes of a plan's risk register through {@link PlanEditing}, with the rules of the register on top of the
 * format's: who may change which risk ({@link RiskEditor}) and that a risk is owned by a user who may own risks
 * ({@link RiskOwners}). Pages and REST both save here, so they refuse the same things with the same messages.
 */
@ApplicationScoped
public class RiskEditing {
    private static final Pattern NUMBERED = Pattern.compile("R-?(\\d+)");

    @Inject
    PlanEditing editing;

    @Inject
    RiskOwners owners;

    /** Adds the risk {@code edit} adds (the code it names is new). */
    public PlanEditing.Saved log(String planCode, long expectedVersion, RiskEditor editor, String riskCode,
            PlanEdit edit) {
        if (!editor.mayLog()) {
            throw new RiskEditNotAllowedException("your role may not log risks");
        }
        return editing.edit(planCode, expectedVersion, editor.username(), PlanAction.ADD_RISK.on(riskCode),
                checked(edit));
    }

    /** Changes risk {@code riskCode} by {@code edit}, if {@code editor} may change it. */
    public PlanEditing.Saved update(String planCode, String riskCode, long expectedVersion, RiskEditor editor,
            PlanEdit edit) {
        if (!editor.mayLog()) {
            throw new RiskEditNotAllowedException("your role may not change risks");
        }
        PlanEdit guarded = current -> {
            Risk risk = current.risks().stream().filter(r -> r.code().equals(riskCode)).findFirst()
                    .orElseThrow(() -> new PlanElementNotFoundException("the plan has no risks element " + riskCode));
            if (!editor.mayEdit(risk.owner())) {
                throw new RiskEditNotAllowedException("risk " + riskCode + " is owned by "
                        + (risk.owner() == null ? "nobody" : risk.owner())
                        + "; a risk owner changes only the risks they own");
            }
            return edit.apply(current);
        };
        return editing.edit(planCode, expectedVersion, editor.username(), PlanAction.UPDATE_RISK.on(riskCode),
                checked(guarded));
    }

    /** The code a new risk of a register gets: one past the highest R-number, two digits at least (R07). */
    public static String nextCode(List<Risk> register) {
        int highest = 0;
        for (Risk risk : register) {
            Matcher numbered = NUMBERED.matcher(risk.code());
            if (numbered.matches() && numbered.group(1).length() < 9) {
                highest = Math.max(highest, Integer.parseInt(numbered.group(1)));
            }
        }
        return String.format("R%02d", highest + 1);
    }

    /** {@code edit}, refused when it gives a risk an owner who may not own risks. */
    private PlanEdit checked(PlanEdit edit) {
        return current -> {
            PlanChange change = edit.apply(current);
            List<ValidationError> problems = new ArrayList<>();
            List<Risk> risks = change.plan().risks();
            for (int i = 0; i < risks.size(); i++) {
                Risk risk = risks.get(i);
                String ownerBefore = current.risks().stream().filter(r -> r.code().equals(risk.code()))
                        .map(Risk::owner).findFirst().orElse(null);
                boolean assigned = risk.owner() != null && !Objects.equals(ownerBefore, risk.owner());
                if (assigned && !owners.mayOwn(risk.owner())) {
                    problems.add(new ValidationError("risks[" + i + "].owner", "\"" + risk.owner()
                            + "\" is not a user with the risk-owner or PMO role"));
                }
            }
            if (!problems.isEmpty()) {
                throw new PlanValidationException(problems);
            }
            return change;
        };
    }
}
