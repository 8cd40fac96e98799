package org.keelson.portal.plan.application;

/** How the portfolio is sorted: a column of the summary read model, ascending or descending; ties by code. */
public record PortfolioOrder(Column column, boolean ascending) {
    public static final PortfolioOrder BY_CODE = new PortfolioOrder(Column.CODE, true);

    /** The sortable columns, each with its JPQL path in {@code PlanSummaryEntity s}. */
    public enum Column {
        CODE("s.code"),
        NAME_ZH("s.name.zh"),
        NAME_EN("s.name.en"),
        STATUS("s.status"),
        BUDGET("s.budgetTotal"),
        SPEND("s.spend"),
        PROGRESS("s.progressPercent"),
        NEXT_MILESTONE("s.nextMilestoneDue"),
        HIGH_RISKS("s.highRiskCount");

        final String path;

        Column(String path) {
            this.path = path;
        }
    }

    public PortfolioOrder {
        if (column == null) {
            throw new IllegalArgumentException("A portfolio order needs a column");
        }
    }

    String jpql() {
        String direction = ascending ? " asc" : " desc";
        return " order by " + column.path + direction + (column == Column.CODE ? "" : ", s.code asc");
    }
}
