package org.keelson.reports.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintLayoutTest {

    @Test
    void ampersandsAreEscapedAndLongNamesShortenedForExcelHeaders() {
        assertEquals("R&&D 项目", PrintLayout.escape("R&D 项目"));
        String longName = "很长的项目名称".repeat(40);
        String shortened = PrintLayout.shortened(longName);
        assertEquals(120, shortened.length());
        assertTrue(shortened.endsWith("…"));
        assertEquals("ERP", PrintLayout.shortened("ERP"));
    }
}
