package org.keelson.portal.plan.interfaces.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanRevision;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.simulation.plan.PlanDiff;

/**
 * Backs plan/history.xhtml?code=...: the plan's revisions, newest first and paged in the database, each with who
 * saved it, when, what they did and every field's old and new value; filtered by the user who saved and by the WBS
 * element changed. The same for every role: the history is read-only.
 */
@Named
@ViewScoped
public class HistoryView extends PlanRecordView<Void> {
    private static final long serialVersionUID = 1L;
    /** Changes listed per revision; a rescheduling save can touch hundreds of dates, the rest are counted. */
    static final int CHANGES_SHOWN = 12;

    @Inject
    private PlanEditing editing;

    private String user;
    private String activity;
    private HistoryRows rows;

    @Override
    protected Optional<PlanExtract<Void>> find(PlanService service, String code) {
        return service.findFacts(code).map(facts -> new PlanExtract<>(facts, null));
    }

    public HistoryRows getRows() {
        if (rows == null) {
            rows = new HistoryRows(editing, getCode(), new PlanEditing.HistoryFilter(user, activity));
        }
        return rows;
    }

    /** Applies the filter fields: the table starts again at its first page. */
    public void filter() {
        rows = null;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String when(PlanRevision revision) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Messages.currentLocale())
                .withZone(ZoneId.systemDefault()).format(revision.savedAt());
    }

    public String action(PlanRevision revision) {
        return HistoryLabels.action(revision.action());
    }

    /** The first changes of the revision; when filtered by a WBS element, that element's changes come first. */
    public List<PlanDiff.Change> shownChanges(PlanRevision revision) {
        String element = new PlanEditing.HistoryFilter(null, activity).activity();
        return revision.changes().stream()
                .sorted(Comparator.comparing((PlanDiff.Change c) -> !(c.area() == PlanDiff.Area.ACTIVITY
                        && c.key().equals(element))))
                .limit(CHANGES_SHOWN).toList();
    }

    /** How many changes of the revision are not listed. */
    public int moreChanges(PlanRevision revision) {
        return Math.max(0, revision.changes().size() - CHANGES_SHOWN);
    }
}
