package org.keelson.reports.budget;

import java.io.File;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook whose formula cells carry no cached result. SXSSF cannot evaluate formulas, so it writes 0
 * as every formula's cached value; Excel recalculates on load (the workbook asks it to), but LibreOffice shows
 * cached values of xlsx files as they are and would display zeros. Without a cached value every reader computes
 * the formula.
 */
final class UncachedFormulaWorkbook extends SXSSFWorkbook {

    UncachedFormulaWorkbook(int rowAccessWindowSize) {
        super(rowAccessWindowSize);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            public Writer createWriter(File file) throws IOException {
                return new CachedValueFilter(super.createWriter(file));
            }
        };
    }

    /**
     * Drops the {@code <v>...</v>} element that directly follows a {@code </f>} in the sheet XML. Formula text is
     * escaped, so "&lt;/f&gt;" only ever appears as the closing tag. Works on any chunking of the character stream.
     */
    static final class CachedValueFilter extends FilterWriter {
        private static final String FORMULA_END = "</f>";
        private static final String VALUE_START = "<v>";
        private static final String VALUE_END = "</v>";

        private static final int BATCH = 8192;

        private final StringBuilder pending = new StringBuilder();
        /** Characters passed through, handed on in batches: a write per character would dominate the export. */
        private final StringBuilder passed = new StringBuilder(BATCH + 16);
        private int formulaEndMatched;
        private boolean afterFormula;
        private boolean insideValue;
        private int valueEndMatched;

        CachedValueFilter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (insideValue) {
                valueEndMatched = ch == VALUE_END.charAt(valueEndMatched) ? valueEndMatched + 1
                        : ch == VALUE_END.charAt(0) ? 1 : 0;
                if (valueEndMatched == VALUE_END.length()) {
                    insideValue = false;
                    valueEndMatched = 0;
                }
                return;
            }
            if (afterFormula) {
                pending.append(ch);
                if (VALUE_START.startsWith(pending.toString())) {
                    if (pending.length() == VALUE_START.length()) {
                        pending.setLength(0);
                        afterFormula = false;
                        insideValue = true;
                    }
                    return;
                }
                afterFormula = false;
                String held = pending.toString();
                pending.setLength(0);
                for (int i = 0; i < held.length(); i++) {
                    emit(held.charAt(i));
                }
                return;
            }
            emit(ch);
        }

        private void emit(char ch) throws IOException {
            passed.append(ch);
            if (passed.length() >= BATCH) {
                drain();
            }
            formulaEndMatched = ch == FORMULA_END.charAt(formulaEndMatched) ? formulaEndMatched + 1
                    : ch == FORMULA_END.charAt(0) ? 1 : 0;
            if (formulaEndMatched == FORMULA_END.length()) {
                formulaEndMatched = 0;
                afterFormula = true;
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }

        private void drain() throws IOException {
            out.write(passed.toString());
            passed.setLength(0);
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            passed.append(pending);
            pending.setLength(0);
            drain();
            out.close();
        }
    }
}
