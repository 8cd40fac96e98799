package org.keelson.portal.plan.interfaces.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.schedule.Activity;
import org.primefaces.model.TreeNode;

/**
 * Backs plan/wbs.xhtml?code=...: the WBS tree, open to the number of levels the user chose last in this
 * session.
 */
@Named
@ViewScoped
public class WbsView extends PlanRecordView<List<Activity>> {
    private static final long serialVersionUID = 1L;

    @Inject
    private WbsPreferences preferences;

    private transient TreeNode<WbsTree.Row> tree;

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
}
