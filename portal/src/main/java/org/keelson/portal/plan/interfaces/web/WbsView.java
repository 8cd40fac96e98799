package org.keelson.portal.plan.interfaces.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanAction;
import org.keelson.portal.plan.application.PlanEdit;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanEdits;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.security.CurrentUser;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.plan.PlanDiff;
import org.keelson.simulation.plan.edit.DeletionImpact;
import org.keelson.simulation.plan.edit.WbsEdits;
import org.keelson.simulation.plan.json.PlanSection;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.schedule.Wbs;
import org.primefaces.model.TreeNode;

/**
 * Backs plan/wbs.xhtml?code=...: the WBS tree, open to the number of levels the user chose last in this session,
 * and for PMO and ADMIN the editor of MS Project's entry table: select an element, change it in the form beside the
 * tree, add one below or as a child, indent, outdent, move, delete (after seeing what goes with it). Every save goes
 * through {@link PlanEditing} with the version the page read, so a concurrent save is reported, not overwritten;
 * the tree then shows the rescheduled dates.
 */
@Named
@ViewScoped
public class WbsView extends PlanRecordView<List<Activity>> {
    private static final long serialVersionUID = 1L;
    /** Problem paths of the plan checker to the form's inputs. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "editForm:nameZh"),
            Map.entry("name.zh", "editForm:nameZh"), Map.entry("name.en", "editForm:nameEn"),
            Map.entry("owner", "editForm:owner"), Map.entry("phase", "editForm:phase"),
            Map.entry("duration", "editForm:duration"), Map.entry("estimate", "editForm:estimateMin"),
            Map.entry("estimate.min", "editForm:estimateMin"),
            Map.entry("estimate.mostLikely", "editForm:estimateMostLikely"),
            Map.entry("estimate.max", "editForm:estimateMax"), Map.entry("costPerDay", "editForm:costPerDay"),
            Map.entry("fixedCost", "editForm:fixedCost"), Map.entry("budgetCategory", "editForm:budgetCategory"),
            Map.entry("relations", "editForm:links"));

    @Inject
    private WbsPreferences preferences;

    @Inject
    private PlanEditing editing;

    @Inject
    private CurrentUser user;

    private transient TreeNode<WbsTree.Row> tree;
    private final PageEdits edits = new PageEdits();
    private ActivityForm form;
    private transient DeletionImpact deletionImpact;

    @Override
    protected Optional<PlanExtract<List<Activity>>> find(PlanService service, String code) {
        return service.findWbs(code);
    }

    public TreeNode<WbsTree.Row> getTree() {
        if (tree == null) {
            tree = WbsTree.of(part(), preferences.getOpenLevels());
        }
        return tree;
    }

    public int getOpenLevels() {
        return preferences.getOpenLevels();
    }

    /** Remembers the choice and rebuilds the tree open to it. */
    public void setOpenLevels(int openLevels) {
        preferences.setOpenLevels(openLevels);
        tree = null;
    }

    public List<Integer> getLevelChoices() {
        return IntStream.rangeClosed(1, WbsPreferences.MAX_OPEN_LEVELS).boxed().toList();
    }

    public boolean isMayEdit() {
        return PageEdits.mayEditPlans();
    }

    public PageEdits getEdits() {
        return edits;
    }

    /** The element being edited, null when none is selected. */
    public ActivityForm getForm() {
        return form;
    }

    public String getSelected() {
        return form == null ? null : form.getCode();
    }

    public void select(String code) {
        form = part().stream().filter(a -> a.code().equals(code)).findFirst().map(ActivityForm::of).orElse(null);
    }

    /** Whether the selected element has children (a summary: no duration, costs or links of its own). */
    public boolean isSelectedSummary() {
        return form != null && !new Wbs(part()).childrenOf(form.getCode()).isEmpty();
    }

    /** What deleting the selected element takes along, read when the user asks to delete it. */
    public DeletionImpact getDeletionImpact() {
        return deletionImpact;
    }

    public void prepareDelete() {
        deletionImpact = form == null ? null : WbsEdits.deletionImpact(editing.find(getCode()).value(),
                form.getCode());
    }

    /** Leaves other than the selected element, for the predecessor picker: "1.2.3 需求调研". */
    public List<Activity> getPredecessorChoices() {
        Wbs wbs = new Wbs(part());
        return part().stream().filter(wbs::isLeaf).filter(a -> form == null || !a.code().equals(form.getCode()))
                .toList();
    }

    public RelationType[] getRelationTypes() {
        return RelationType.values();
    }

    public DistributionType[] getDistributions() {
        return DistributionType.values();
    }

    public void save() {
        String code = form.getCode();
        ActivityForm submitted = form;
        apply(PlanAction.UPDATE_ACTIVITY, code, PlanEdits.updateActivity(code, submitted::applyTo), code);
    }

    public void addBelow() {
        insert(getSelected(), null);
    }

    public void addChild() {
        insert(null, getSelected());
    }

    private void insert(String after, String parent) {
        String name = "{\"name\": {\"zh\": \"新任务\", \"en\": \"New task\"}, \"duration\": 1}";
        PlanEditing.Saved[] saved = new PlanEditing.Saved[1];
        if (edits.run(() -> saved[0] = editing.edit(getCode(), seenVersion(), user.getUsername(),
                PlanAction.ADD_ACTIVITY.on(parent != null ? parent : after),
                PlanEdits.insertActivity(after, parent, name)), path -> null)) {
            reload(saved[0].changes().stream().filter(c -> c.area() == PlanDiff.Area.ACTIVITY
                    && c.kind() == PlanDiff.Kind.ADDED).map(PlanDiff.Change::key).findFirst().orElse(null));
        }
    }

    public void indent() {
        structural(PlanAction.INDENT_ACTIVITY, PlanEdits.indent(getSelected()));
    }

    public void outdent() {
        structural(PlanAction.OUTDENT_ACTIVITY, PlanEdits.outdent(getSelected()));
    }

    public void moveUp() {
        structural(PlanAction.MOVE_ACTIVITY, PlanEdits.moveUp(getSelected()));
    }

    public void moveDown() {
        structural(PlanAction.MOVE_ACTIVITY, PlanEdits.moveDown(getSelected()));
    }

    public void delete() {
        apply(PlanAction.DELETE_ACTIVITY, getSelected(), PlanEdits.remove(PlanSection.WBS,
                getSelected()), null);
    }

    /** A move renumbers: the selection follows the element to its new code. */
    private void structural(PlanAction action, PlanEdit edit) {
        String code = getSelected();
        PlanEditing.Saved[] saved = new PlanEditing.Saved[1];
        String[] moved = {code};
        PlanEdit tracking = plan -> {
            var change = edit.apply(plan);
            moved[0] = change.renamedActivities().getOrDefault(code, code);
            return change;
        };
        if (edits.run(() -> saved[0] = editing.edit(getCode(), seenVersion(), user.getUsername(),
                action.on(code), tracking), path -> null)) {
            reload(moved[0]);
        }
    }

    private void apply(PlanAction action, String subject, PlanEdit edit, String selectAfter) {
        if (edits.run(() -> editing.edit(getCode(), seenVersion(), user.getUsername(), action.on(subject), edit),
                PageEdits.fields("wbs[", FIELDS))) {
            reload(selectAfter);
        }
    }

    /** Reads the plan again (after a save, or to take in a concurrent change) and selects {@code code}. */
    public void reload(String code) {
        refresh();
        tree = null;
        if (code != null) {
            select(code);
        } else {
            form = null;
        }
    }

    /** Reloads after a conflict, keeping the selection when the element is still there. */
    public void reloadAfterConflict() {
        reload(getSelected());
    }
}
