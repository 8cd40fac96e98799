package org.keelson.portal.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.keelson.simulation.text.LocalizedText;

/**
 * How every page shows values, as {@code #{format.label(plan.status)}}, {@code #{format.text(plan.name)}},
 * {@code #{format.money(amount, currency)}}, {@code #{format.date(day)}}: in the view's language, and a dash
 * for a value that is absent rather than an empty cell or a {@code ???key???}.
 */
@Named("format")
@ApplicationScoped
public class PageFormat {

    public String label(Enum<?> value) {
        return Messages.label(value, Messages.currentLocale());
    }

    /** The text in the view's language (the other language when that one is missing); a dash when none. */
    public String text(LocalizedText text) {
        String value = text == null ? null : text.in(Messages.currentLocale());
        return value == null || value.isBlank() ? Messages.DASH : value;
    }

    public String money(Double amount, String currency) {
        return MoneyFormat.format(amount, currency, Messages.currentLocale());
    }

    /** ISO dates (2026-03-31) in both languages, as PMOs write them in either. */
    public String date(LocalDate day) {
        return day == null ? Messages.DASH : day.toString();
    }

    /** A moment as the server's local date and time to the minute (2026-12-06 10:42); a dash for null. */
    public String instant(Instant moment) {
        return moment == null ? Messages.DASH
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(moment);
    }

    /** A number with at most {@code maxFractionDigits} decimals, grouped; a dash for null. */
    public String number(Number value, int maxFractionDigits) {
        if (value == null) {
            return Messages.DASH;
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Messages.currentLocale()));
        format.setMaximumFractionDigits(maxFractionDigits);
        return format.format(value);
    }

    /** Any other value as text; a dash for null or blank. */
    public String orDash(Object value) {
        String text = value == null ? null : value.toString();
        return text == null || text.isBlank() ? Messages.DASH : text;
    }
}
