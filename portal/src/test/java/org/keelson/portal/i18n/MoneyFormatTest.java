package org.keelson.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void yuanInWanForChineseReaders() {
        assertEquals("1,234.56 万元", MoneyFormat.format(12_345_600.0, "CNY", Locale.SIMPLIFIED_CHINESE));
        assertEquals("0.05 万元", MoneyFormat.format(500.0, "CNY", Locale.CHINESE));
        assertEquals("-45.00 万元", MoneyFormat.format(-450_000.0, "CNY", Locale.SIMPLIFIED_CHINESE));
        assertEquals("万元", MoneyFormat.unit("CNY", Locale.SIMPLIFIED_CHINESE));
        assertEquals(1234.57, MoneyFormat.inDisplayUnit(12_345_678, "CNY", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void wholeUnitsWithIsoCodeOtherwise() {
        assertEquals("CNY 12,345,600", MoneyFormat.format(12_345_600.0, "CNY", Locale.ENGLISH));
        assertEquals("USD 1,000", MoneyFormat.format(1_000.0, "USD", Locale.SIMPLIFIED_CHINESE));
        assertEquals("CNY", MoneyFormat.unit("CNY", Locale.ENGLISH));
        assertEquals(12_345_678, MoneyFormat.inDisplayUnit(12_345_678, "CNY", Locale.ENGLISH));
    }

    @Test
    void missingAmountIsADash() {
        assertEquals("—", MoneyFormat.format(null, "CNY", Locale.ENGLISH));
    }
}
