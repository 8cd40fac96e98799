package org.keelson.portal.plan.interfaces.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.portal.plan.application.PortfolioOrder;
import org.keelson.portal.plan.application.PortfolioOrder.Column;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The portfolio one page at a time: the table asks for the rows it shows and the database sorts and pages the
 * summary read model, so the page costs the same with 5 plans or 500.
 */
public class PortfolioRows extends LazyDataModel<PlanSummary> {
    private static final long serialVersionUID = 1L;

    private final PlanService plans;
    private final Locale locale;

    PortfolioRows(PlanService plans, Locale locale) {
        this.plans = plans;
        this.locale = locale;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(plans.countPlans());
    }

    @Override
    public List<PlanSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return plans.listSummaries(first, pageSize, order(sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null), locale));
    }

    @Override
    public String getRowKey(PlanSummary row) {
        return row.code();
    }

    /** The order for the table's sort column (the {@code field} of a {@code p:column}); by code when none. */
    static PortfolioOrder order(SortMeta sort, Locale locale) {
        if (sort == null) {
            return PortfolioOrder.BY_CODE;
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        Column column = switch (sort.getField()) {
            case "code" -> Column.CODE;
            case "name" -> chinese ? Column.NAME_ZH : Column.NAME_EN;
            case "status" -> Column.STATUS;
            case "budget" -> Column.BUDGET;
            case "spend" -> Column.SPEND;
            case "progressPercent" -> Column.PROGRESS;
            case "nextMilestone" -> Column.NEXT_MILESTONE;
            case "highRiskCount" -> Column.HIGH_RISKS;
            default -> throw new IllegalArgumentException("The portfolio cannot sort by " + sort.getField());
        };
        return new PortfolioOrder(column, sort.getOrder() != SortOrder.DESCENDING);
    }
}
