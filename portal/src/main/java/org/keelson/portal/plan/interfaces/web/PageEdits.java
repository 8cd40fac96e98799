package org.keelson.portal.plan.interfaces.web;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanConflictException;
import org.keelson.portal.plan.application.PlanEditRefusedException;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanElementNotFoundException;
import org.keelson.portal.plan.application.PlanRevision;
import org.keelson.portal.security.Role;
import org.keelson.simulation.plan.json.ValidationError;

/**
 * What every page that edits a plan does with the answer of {@link PlanEditing}: a refused edit puts each problem
 * next to its field (the field named by the last part of the problem's path, through the page's own map) or at the
 * top of the form; a conflict keeps the revisions saved in between so the page can show who changed what and offer
 * to reload. Held by the page's view-scoped bean.
 */
public final class PageEdits implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The revisions saved in between, already written for the reader: held by a view that may be serialized. */
    private List<String> conflict = List.of();

    /** Whether the signed-in user may edit plans (PMO, ADMIN); the pages render no edit control otherwise. */
    public static boolean mayEditPlans() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.Names.PMO) || external.isUserInRole(Role.Names.ADMIN);
    }

    /**
     * Runs {@code save}; true when it saved. {@code fieldOf} gives the client id of the input a problem's path
     * belongs to, or null for a message at the top.
     */
    public boolean run(Runnable save, Function<String, String> fieldOf) {
        return run(mayEditPlans(), save, fieldOf);
    }

    /** As {@link #run(Runnable, Function)}, for a page whose own rules say whether the user may save. */
    public boolean run(boolean allowed, Runnable save, Function<String, String> fieldOf) {
        conflict = List.of();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!allowed) {
            faces.addMessage(null, error(Messages.get("edit.notAllowed")));
            return false;
        }
        try {
            save.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get("edit.saved"), null));
            return true;
        } catch (PlanEditRefusedException refused) {
            for (ValidationError problem : refused.problems()) {
                String field = fieldOf.apply(problem.path());
                faces.addMessage(field, error(field == null ? problem.path() + ": " + problem.message()
                        : problem.message()));
            }
            faces.validationFailed();
        } catch (PlanConflictException e) {
            conflict = e.since().stream().map(PageEdits::describe).toList();
            faces.addMessage(null, error(Messages.get("edit.conflict")));
            faces.validationFailed();
        } catch (PlanElementNotFoundException e) {
            faces.addMessage(null, error(Messages.get("edit.gone")));
            faces.validationFailed();
        }
        return false;
    }

    /** The revisions saved since the page read the plan, when the last save was refused for them. */
    public List<String> getConflict() {
        return conflict;
    }

    public boolean isConflicted() {
        return !conflict.isEmpty();
    }

    /** "王芳 at 2026-12-06 10:02: UPDATE_ACTIVITY 1.2 (duration 5 → 8; …)" for the conflict panel. */
    private static String describe(PlanRevision revision) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Messages.currentLocale())
                .withZone(ZoneId.systemDefault()).format(revision.savedAt());
        String changes = String.join("; ", revision.changes().stream().limit(8).map(c -> c.key() + " "
                + (c.field() == null ? c.kind().name().toLowerCase() : c.field() + " " + orDash(c.before()) + " → "
                        + orDash(c.after()))).toList());
        return MessageFormat.format(Messages.get("edit.revision"), revision.user(), when,
                HistoryLabels.action(revision.action()), changes);
    }

    private static String orDash(String value) {
        return value == null ? Messages.DASH : value;
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    /**
     * The field a problem belongs to: the path's last property ({@code wbs[3].estimate.min} gives
     * {@code estimate.min}) looked up in {@code fields}; null when the page has no input for it.
     */
    public static Function<String, String> fields(String prefix, Map<String, String> fields) {
        return path -> {
            int dot = path.indexOf("].");
            String property = path.startsWith(prefix) && dot > 0 ? path.substring(dot + 2) : path;
            String field = fields.get(property.replaceAll("\\[\\d+]", "[]"));
            if (field == null && property.contains(".")) {
                field = fields.get(property.substring(0, property.indexOf('.')));
            }
            return field;
        };
    }
}
