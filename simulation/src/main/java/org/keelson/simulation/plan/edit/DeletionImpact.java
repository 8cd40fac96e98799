package org.keelson.simulation.plan.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;

/**
 * What deleting a WBS element takes along: the elements of its subtree, the links that start or end in it from
 * elsewhere, the milestones that lose their activity and the risks that lose a link to it.
 */
public record DeletionImpact(List<String> elements, int links, List<String> milestones, List<String> risks) {

    public DeletionImpact {
        elements = List.copyOf(elements);
        milestones = List.copyOf(milestones);
        risks = List.copyOf(risks);
    }

    static DeletionImpact of(Plan plan, List<String> subtree) {
        Set<String> gone = new HashSet<>(subtree);
        int links = (int) plan.wbs().stream().filter(a -> !gone.contains(a.code()))
                .flatMap(a -> a.relations().stream()).filter(r -> gone.contains(r.predecessor())).count()
                + (int) plan.wbs().stream().filter(a -> gone.contains(a.code()))
                        .flatMap(a -> a.relations().stream()).filter(r -> !gone.contains(r.predecessor())).count();
        List<String> milestones = plan.milestones().stream().filter(m -> gone.contains(m.activity()))
                .map(Milestone::code).toList();
        List<String> risks = plan.risks().stream().filter(r -> r.activities().stream().anyMatch(gone::contains))
                .map(Risk::code).toList();
        return new DeletionImpact(subtree, links, milestones, risks);
    }
}
