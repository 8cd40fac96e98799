package org.keelson.reports.actuals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.keelson.simulation.plan.edit.Actuals;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.ValidationError;

/**
 * Reads an upload of a plan's actual costs: the filled {@link ActualsTemplate} (xlsx) or a CSV with the columns
 * category, quarter, actual (UTF-8, with or without a byte order mark, a header line first). The upload is checked
 * whole: the outcome carries either the amounts or every problem with its place ({@code Actuals!E14},
 * {@code line 7}), never both. A row whose actual is blank is not reported and changes nothing.
 * <p>
 * A file that cannot be this plan's template is refused with one problem at {@code $} before any cell is read: too
 * large, not an xlsx by its first bytes (the file name is not trusted), an OLE2 container (a password-protected or
 * encrypted workbook, or an old .xls), a zip bomb (POI's {@link ZipSecureFile} limits, set here for the whole
 * process: a part may expand at most 100 times and to {@value #MAX_ENTRY_BYTES} bytes), XML with a document type
 * declaration (POI's parsers refuse DTDs, so no external entity is ever resolved), a workbook without this plan's
 * template sheet.
 */
public final class ActualsReader {
    /** The largest upload read; a template of the largest plan is far smaller. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most data rows (xlsx) or lines (CSV) read. */
    public static final int MAX_ROWS = 20_000;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final List<List<String>> CSV_HEADERS = List.of(List.of("category", "quarter", "actual"),
            List.of("类别编码", "季度", "实际"), List.of("类别", "季度", "实际"));

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** How the upload says it is written; {@link #of} tells it from the content for a page that has only a file. */
    public enum Format {
        XLSX, CSV;

        /** XLSX for content starting as a zip or an OLE2 container does (the reader refuses the latter), else CSV. */
        public static Format of(byte[] content) {
            FileMagic magic = FileMagic.valueOf(content);
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2 ? XLSX : CSV;
        }
    }

    /** The amounts read, or every problem found; exactly one of the two is empty. */
    public record Outcome(List<Actuals.Amount> amounts, List<ValidationError> problems) {
        public Outcome {
            amounts = List.copyOf(amounts);
            problems = List.copyOf(problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final Plan plan;
    private final Locale locale;
    private final Set<String> categories = new HashSet<>();
    private final List<Quarter> quarters;

    /** A reader of uploads for {@code plan}, its problems written in {@code locale}'s language. */
    public ActualsReader(Plan plan, Locale locale) {
        this.plan = plan;
        this.locale = locale;
        if (plan.budget() != null) {
            plan.budget().categories().stream().map(BudgetCategory::code).forEach(categories::add);
        }
        this.quarters = Actuals.quarters(plan);
    }

    public Outcome read(byte[] content, Format format) {
        if (content.length > MAX_BYTES) {
            return refused(ActualsText.TOO_LARGE, content.length, MAX_BYTES);
        }
        FileMagic magic = FileMagic.valueOf(content);
        boolean workbook = magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        if (format == Format.CSV) {
            return workbook ? refused(ActualsText.CSV_IS_WORKBOOK) : readCsv(content);
        }
        if (magic == FileMagic.OLE2) {
            return refused(ActualsText.ENCRYPTED);
        }
        if (magic != FileMagic.OOXML) {
            return refused(ActualsText.NOT_XLSX);
        }
        return readWorkbook(content);
    }

    private Outcome readWorkbook(byte[] content) {
        try (OPCPackage zip = OPCPackage.open(new ByteArrayInputStream(content));
                XSSFWorkbook workbook = new XSSFWorkbook(zip)) {
            Outcome notTemplate = identify(workbook);
            if (notTemplate != null) {
                return notTemplate;
            }
            Sheet sheet = workbook.getSheet(ActualsTemplate.SHEET);
            if (sheet.getLastRowNum() >= ActualsTemplate.FIRST_ROW + MAX_ROWS) {
                return refused(ActualsText.TOO_MANY_ROWS, MAX_ROWS);
            }
            Amounts amounts = new Amounts();
            for (int r = ActualsTemplate.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell actual = row == null ? null : row.getCell(ActualsTemplate.ACTUAL);
                if (actual == null || actual.getCellType() == CellType.BLANK) {
                    continue;
                }
                String categoryPlace = place(r, ActualsTemplate.CATEGORY);
                String quarterPlace = place(r, ActualsTemplate.QUARTER);
                String actualPlace = place(r, ActualsTemplate.ACTUAL);
                amounts.add(categoryPlace, text(row.getCell(ActualsTemplate.CATEGORY), categoryPlace, amounts),
                        quarterPlace, text(row.getCell(ActualsTemplate.QUARTER), quarterPlace, amounts),
                        actualPlace, amount(actual, actualPlace, amounts));
            }
            return amounts.outcome();
        } catch (Exception e) {
            // POI reports a hostile or damaged file by many kinds of exception; each is a refusal of the file
            return refused(e);
        }
    }

    /** Null when the workbook is this plan's template in a version this reader knows; the refusal otherwise. */
    private Outcome identify(XSSFWorkbook workbook) {
        Sheet template = workbook.getSheet(ActualsTemplate.TEMPLATE_SHEET);
        Sheet actuals = workbook.getSheet(ActualsTemplate.SHEET);
        if (template == null || actuals == null || !ActualsTemplate.FORMAT.equals(value(template, 0))) {
            return refused(ActualsText.NOT_TEMPLATE, plan.code());
        }
        String version = value(template, 1);
        if (!String.valueOf(ActualsTemplate.VERSION).equals(version)) {
            return refused(ActualsText.UNSUPPORTED_VERSION, version, ActualsTemplate.VERSION);
        }
        String code = value(template, 2);
        if (!plan.code().equals(code)) {
            return refused(ActualsText.OTHER_PLAN, code, plan.code());
        }
        return null;
    }

    private static String value(Sheet template, int row) {
        Row r = template.getRow(row);
        Cell cell = r == null ? null : r.getCell(1);
        return cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell).strip();
    }

    /** The text of a category or quarter cell: "" when blank, null after reporting a formula. */
    private String text(Cell cell, String place, Amounts amounts) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            amounts.problem(place, ActualsText.FORMULA, "=" + cell.getCellFormula());
            return null;
        }
        return new DataFormatter(Locale.ROOT).formatCellValue(cell).strip();
    }

    /** The amount of an actual cell, or null after reporting why it is none. */
    private Double amount(Cell cell, String place, Amounts amounts) {
        switch (cell.getCellType()) {
            case NUMERIC:
                return cell.getNumericCellValue();
            case FORMULA:
                amounts.problem(place, ActualsText.FORMULA, "=" + cell.getCellFormula());
                return null;
            case STRING:
                String text = cell.getStringCellValue();
                Double parsed = parseAmount(text);
                if (parsed == null) {
                    amounts.problem(place, ActualsText.NOT_A_NUMBER, text);
                }
                return parsed;
            default:
                amounts.problem(place, ActualsText.NOT_A_NUMBER, new DataFormatter(Locale.ROOT).formatCellValue(cell));
                return null;
        }
    }

    private static String place(int row, int column) {
        return ActualsTemplate.SHEET + "!" + new CellReference(row, column).formatAsString(false);
    }

    private Outcome readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return refused(ActualsText.CSV_NOT_UTF8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            return refused(ActualsText.CSV_NOT_UTF8);
        }
        List<CsvRecord> records = CsvRecord.parse(text);
        if (records.isEmpty() || !isHeader(records.get(0).values())) {
            return refused(ActualsText.CSV_HEADER);
        }
        if (records.size() > MAX_ROWS + 1) {
            return refused(ActualsText.TOO_MANY_ROWS, MAX_ROWS);
        }
        Amounts amounts = new Amounts();
        for (CsvRecord record : records.subList(1, records.size())) {
            String place = ActualsText.LINE.format(locale, record.line());
            List<String> values = record.values();
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (!record.closed()) {
                amounts.problem(place, ActualsText.CSV_QUOTE);
            } else if (values.size() != 3) {
                amounts.problem(place, ActualsText.CSV_COLUMNS, values.size());
            } else if (!values.get(2).isBlank()) {
                amounts.add(place, values.get(0).strip(), place, values.get(1).strip(), place,
                        csvAmount(values.get(2).strip(), place, amounts));
            }
        }
        return amounts.outcome();
    }

    private static boolean isHeader(List<String> values) {
        List<String> names = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
        return CSV_HEADERS.contains(names);
    }

    private Double csvAmount(String text, String place, Amounts amounts) {
        if (text.startsWith("=")) {
            amounts.problem(place, ActualsText.FORMULA, text);
            return null;
        }
        Double parsed = parseAmount(text);
        if (parsed == null) {
            amounts.problem(place, ActualsText.NOT_A_NUMBER, text);
        }
        return parsed;
    }

    /** A decimal amount, optionally with thousands separators ("1,234.50"); null for anything else. */
    static Double parseAmount(String text) {
        String compact = text.strip().replace("\u00a0", "").replace(" ", "");
        if (GROUPED.matcher(compact).matches()) {
            compact = compact.replace(",", "");
        }
        return PLAIN.matcher(compact).matches() ? Double.valueOf(compact) : null;
    }

    private Outcome refused(ActualsText why, Object... values) {
        return new Outcome(List.of(), List.of(new ValidationError("$", why.format(locale, values))));
    }

    /** Tells a zip bomb and a DTD from other damage: POI reports them as exceptions somewhere in the cause chain. */
    private Outcome refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max entry size")) {
                return refused(ActualsText.ZIP_BOMB);
            }
            if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                return refused(ActualsText.XXE);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return refused(ActualsText.UNREADABLE, root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage());
    }

    /** The amounts and problems of one upload, as its rows are read. */
    private final class Amounts {
        private final List<Actuals.Amount> amounts = new ArrayList<>();
        private final List<ValidationError> problems = new ArrayList<>();
        private final Map<List<Object>, String> seen = new HashMap<>();

        void problem(String place, ActualsText what, Object... values) {
            problems.add(new ValidationError(place, what.format(locale, values)));
        }

        /** One row; a null {@code category}, {@code quarterText} or {@code actual} was already reported. */
        void add(String categoryPlace, String category, String quarterPlace, String quarterText, String actualPlace,
                Double actual) {
            boolean known = category != null && quarterText != null;
            if (category != null && category.isEmpty()) {
                problem(categoryPlace, ActualsText.MISSING_CATEGORY);
                known = false;
            } else if (category != null && !categories.contains(category)) {
                problem(categoryPlace, ActualsText.UNKNOWN_CATEGORY, category);
                known = false;
            }
            Quarter quarter = quarterText == null || quarterText.isEmpty() ? null : quarter(quarterPlace, quarterText);
            if (quarterText != null && quarterText.isEmpty()) {
                problem(quarterPlace, ActualsText.MISSING_QUARTER);
            }
            known &= quarter != null;
            if (actual != null && actual < 0) {
                problem(actualPlace, ActualsText.NEGATIVE, BigDecimal.valueOf(actual).stripTrailingZeros().toPlainString());
                actual = null;
            }
            if (known) {
                String first = seen.putIfAbsent(List.of(category, quarter), categoryPlace);
                if (first != null) {
                    problem(categoryPlace, ActualsText.DUPLICATE, category, quarter, first);
                    return;
                }
            }
            if (known && actual != null) {
                amounts.add(new Actuals.Amount(category, quarter, actual));
            }
        }

        private Quarter quarter(String place, String text) {
            Quarter quarter;
            try {
                quarter = Quarter.parse(text);
            } catch (IllegalArgumentException e) {
                problem(place, ActualsText.NOT_A_QUARTER, text);
                return null;
            }
            if (!quarters.contains(quarter)) {
                problem(place, ActualsText.OUTSIDE_PLAN, quarter, quarters.isEmpty() ? "" : quarters.get(0),
                        quarters.isEmpty() ? "" : quarters.get(quarters.size() - 1));
                return null;
            }
            return quarter;
        }

        Outcome outcome() {
            if (!problems.isEmpty()) {
                return new Outcome(List.of(), problems);
            }
            return amounts.isEmpty() ? refused(ActualsText.NO_AMOUNTS) : new Outcome(amounts, List.of());
        }
    }
}
