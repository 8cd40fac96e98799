package org.keelson.reports.actuals;

import java.util.ArrayList;
import java.util.List;

/**
 * One record of a CSV text (RFC 4180: comma separated, a value in double quotes may hold commas, line breaks and
 * doubled quotes), with the line it starts on; {@code closed} is false for a record whose last quote is never closed.
 */
record CsvRecord(int line, List<String> values, boolean closed) {

    static List<CsvRecord> parse(String text) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    value.append(c);
                }
            } else if (c == '"' && value.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                values.add(value.toString());
                records.add(new CsvRecord(start, List.copyOf(values), true));
                values.clear();
                value.setLength(0);
                start = ++line;
            } else {
                value.append(c);
            }
        }
        if (!values.isEmpty() || !value.isEmpty() || quoted) {
            values.add(value.toString());
            records.add(new CsvRecord(start, List.copyOf(values), !quoted));
        }
        return records;
    }
}
