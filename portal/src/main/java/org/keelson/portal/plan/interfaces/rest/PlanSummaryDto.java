package org.keelson.portal.plan.interfaces.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import org.keelson.portal.plan.application.PlanSummary;
import org.keelson.simulation.text.LocalizedText;

/**
 * One plan of GET /api/plans. Amounts in the plan's currency units (yuan, not 万元) as decimals with two places, so
 * JSON carries {@code 42800000.00} rather than {@code 4.28E7}; status and warning in the lower-case style of the
 * interchange format; {@code budget} and {@code nextMilestone} may be null.
 */
public record PlanSummaryDto(
        String code,
        String nameZh,
        String nameEn,
        String status,
        String currency,
        LocalDate statusDate,
        BigDecimal budget,
        BigDecimal spend,
        double progressPercent,
        NextMilestoneDto nextMilestone,
        int highRiskCount) {

    public record NextMilestoneDto(String code, String nameZh, String nameEn, LocalDate due, String warning) {
    }

    public static PlanSummaryDto of(PlanSummary s) {
        PlanSummary.NextMilestone next = s.nextMilestone();
        return new PlanSummaryDto(s.code(), zh(s.name()), en(s.name()), lower(s.status()), s.currency(),
                s.statusDate(), s.budget() == null ? null : money(s.budget()), money(s.spend()), Math.round(s.progressPercent() * 10) / 10.0,
                next == null ? null : new NextMilestoneDto(next.code(), zh(next.name()), en(next.name()), next.due(),
                        lower(next.warning())),
                s.highRiskCount());
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static String zh(LocalizedText text) {
        return text == null ? null : text.zh();
    }

    private static String en(LocalizedText text) {
        return text == null ? null : text.en();
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
