package org.keelson.portal.plan.interfaces.web;

import java.util.List;
import java.util.Map;

import org.keelson.portal.plan.application.PlanEditing;
import org.keelson.portal.plan.application.PlanRevision;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A plan's revisions one page at a time, newest first, as the History page's filter keeps them: the database counts
 * and pages them, so a plan edited a thousand times costs the page what one edited ten times does.
 */
public class HistoryRows extends LazyDataModel<PlanRevision> {
    private static final long serialVersionUID = 1L;

    private final PlanEditing editing;
    private final String code;
    private final PlanEditing.HistoryFilter filter;

    HistoryRows(PlanEditing editing, String code, PlanEditing.HistoryFilter filter) {
        this.editing = editing;
        this.code = code;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(editing.countHistory(code, filter));
    }

    @Override
    public List<PlanRevision> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return editing.history(code, filter, first, pageSize);
    }

    @Override
    public String getRowKey(PlanRevision row) {
        return Long.toString(row.number());
    }
}
