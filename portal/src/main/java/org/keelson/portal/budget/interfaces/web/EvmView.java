package org.keelson.portal.budget.interfaces.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.EarnedValue.Granularity;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.text.LocalizedText;

/**
 * Backs budget/evm.xhtml?code=...&amp;by=month|quarter: the plan's PV, EV and AC S-curves by the period the reader
 * chooses (quarter unless {@code by=month}), and the earned value measures of the plan and of each WBS element, all
 * taken from {@link EarnedValue} and {@link Measures} as the EVM workbook takes them.
 */
@Named
@ViewScoped
public class EvmView extends PlanRecordView<EarnedValue> {
    private static final long serialVersionUID = 1L;

    /** The measures of the plan (level 0) or of a WBS element (level 1 for the top elements). */
    public record MeasureRow(String code, LocalizedText name, int level, Measures measures) {
    }

    private Granularity granularity = Granularity.QUARTER;
    private transient List<EarnedValue.Period> periods;
    private transient List<MeasureRow> rows;

    @Override
    protected Optional<PlanExtract<EarnedValue>> find(PlanService service, String code) {
        return service.findEarnedValue(code);
    }

    /** {@code month} or {@code quarter}, the period of the S-curves; anything else reads as quarter. */
    public String getBy() {
        return granularity.name().toLowerCase(Locale.ROOT);
    }

    public void setBy(String by) {
        granularity = "month".equals(by) ? Granularity.MONTH : Granularity.QUARTER;
        periods = null;
    }

    public Measures getTotal() {
        return part().total();
    }

    public List<EarnedValue.Period> getPeriods() {
        if (periods == null) {
            periods = part().periods(granularity);
        }
        return periods;
    }

    /** The plan's measures, then every WBS element's in WBS order. */
    public List<MeasureRow> getRows() {
        if (rows == null) {
            Map<String, Integer> levels = new HashMap<>();
            List<MeasureRow> measured = new ArrayList<>();
            measured.add(new MeasureRow(getCode(), getPlanName(), 0, getTotal()));
            for (Activity element : part().elements()) {
                int level = levels.getOrDefault(element.parentCode(), 0) + 1;
                levels.put(element.code(), level);
                measured.add(new MeasureRow(element.code(), element.name(), level, part().of(element.code())));
            }
            rows = measured;
        }
        return rows;
    }

    /** TCPI above 1: the remaining work must be done more cheaply than planned to finish within BAC. */
    public boolean tcpiAboveOne(Measures measures) {
        return measures.tcpi() != null && measures.tcpi() > 1;
    }

    public String getChart() {
        return EvmChartConfig.sCurves(getPeriods(), getTotal(), plan().currency(), Messages.currentLocale(),
                new EvmChartConfig.Labels(Messages.get("evm.chartTitle"), Messages.get("evm.pv"),
                        Messages.get("evm.ev"), Messages.get("evm.ac"), Messages.get("evm.bac"),
                        Messages.get("evm.eacCpi"), Messages.get("evm.eacCpiSpi")));
    }
}
