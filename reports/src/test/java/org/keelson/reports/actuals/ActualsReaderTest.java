package org.keelson.reports.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelson.reports.TestPlans;
import org.keelson.reports.actuals.ActualsReader.Format;
import org.keelson.reports.actuals.ActualsReader.Outcome;
import org.keelson.simulation.plan.edit.Actuals.Amount;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.plan.json.ValidationError;

class ActualsReaderTest {
    private static final Plan PLAN = TestPlans.english();
    private static final ActualsReader READER = new ActualsReader(PLAN, Locale.ENGLISH);
    private static final Quarter Q1_2025 = Quarter.parse("2025-Q1");
    private static final Quarter Q4_2025 = Quarter.parse("2025-Q4");

    /** The template of {@link #PLAN} as {@code fill} left it. */
    private static byte[] filled(Consumer<XSSFSheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ActualsTemplateTest.template(PLAN)))) {
            fill.accept(workbook.getSheet("Actuals"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Excel row {@code row} (1-based, as in "E8"), column E: the actual. */
    private static void actual(XSSFSheet sheet, int row, double amount) {
        sheet.getRow(row - 1).getCell(ActualsTemplate.ACTUAL).setCellValue(amount);
    }

    private static ValidationError problem(String path, String message) {
        return new ValidationError(path, message);
    }

    @Test
    void readsTheFilledTemplateOneAmountPerFilledRow() throws IOException {
        // E5 = HW 2025-Q1 (prefilled 820,000, changed), E8 = HW 2025-Q4 (blank in the template)
        byte[] upload = filled(sheet -> {
            actual(sheet, 5, 830_000);
            actual(sheet, 8, 12_345.67);
        });

        Outcome outcome = READER.read(upload, Format.XLSX);

        assertEquals(List.of(), outcome.problems());
        assertTrue(outcome.amounts().contains(new Amount("HW", Q1_2025, 830_000)));
        assertTrue(outcome.amounts().contains(new Amount("HW", Q4_2025, 12_345.67)));
        // every prefilled actual comes back as it was, so the upload is the whole picture
        assertEquals(PLAN.budget().lines().stream().filter(l -> l.actual() != 0).count() + 1,
                outcome.amounts().size());
    }

    @Test
    void listsEveryProblemWithItsCell() throws IOException {
        byte[] upload = filled(sheet -> {
            sheet.getRow(13).getCell(4).setCellValue("about 5k");
            sheet.getRow(8).getCell(0).setCellValue("X");
            sheet.getRow(8).getCell(4).setCellValue(1);
            sheet.getRow(9).getCell(2).setCellValue("2031-Q1");
            sheet.getRow(9).getCell(4).setCellValue(1);
            sheet.getRow(10).getCell(2).setCellValue("next quarter");
            sheet.getRow(10).getCell(4).setCellValue(1);
            sheet.getRow(11).getCell(4).setCellValue(-250.5);
            sheet.getRow(12).getCell(4).setCellFormula("1000*2");
            sheet.getRow(15).getCell(0).setCellValue("HW");
            sheet.getRow(15).getCell(2).setCellValue("2025-Q1");
            sheet.getRow(15).getCell(4).setCellValue(3);
        });

        Outcome outcome = READER.read(upload, Format.XLSX);

        assertEquals(List.of(
                problem("Actuals!A9", "unknown budget category \"X\""),
                problem("Actuals!C10", "2031-Q1 is outside the plan's quarters (2025-Q1 to 2026-Q2)"),
                problem("Actuals!C11", "\"next quarter\" is not a quarter like 2026-Q3"),
                problem("Actuals!E12", "a negative amount (-250.5): actual costs are at least 0"),
                problem("Actuals!E13", "a formula (=1000*2): type the amount itself (paste values)"),
                problem("Actuals!E14", "not a number: \"about 5k\""),
                problem("Actuals!A16", "category HW in 2025-Q1 is given twice (also at Actuals!A5)")),
                outcome.problems());
        assertEquals(List.of(), outcome.amounts());
    }

    @Test
    void problemsAreWrittenInTheReadersLanguage() throws IOException {
        byte[] upload = filled(sheet -> sheet.getRow(13).getCell(4).setCellValue("五千"));

        Outcome outcome = new ActualsReader(PLAN, Locale.SIMPLIFIED_CHINESE).read(upload, Format.XLSX);

        assertEquals(List.of(problem("Actuals!E14", "不是数字：\"五千\"")), outcome.problems());
    }

    @Test
    void anUntouchedTemplateOfAPlanWithoutActualsGivesNothingToWrite() throws IOException {
        Plan unspent = new PlanBuilder(PLAN).budget(new Budget(PLAN.budget().total(), 10, PLAN.budget().categories(),
                PLAN.budget().lines().stream().map(l -> new BudgetLine(l.category(), l.quarter(), l.planned(), 0))
                        .toList())).build();
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        new ActualsTemplate(unspent).write(template);

        Outcome outcome = new ActualsReader(unspent, Locale.ENGLISH).read(template.toByteArray(), Format.XLSX);

        assertEquals(List.of(problem("$", "the file gives no actual amount")), outcome.problems());
    }

    @Test
    void readsCsvWithOrWithoutAByteOrderMark() {
        String csv = "category,quarter,actual\r\nHW,2025-Q1,\"830,000.50\"\r\n\r\nSVC,2025-Q4,1200\r\nSW,2025-Q2,\r\n";
        for (String text : List.of(csv, "\uFEFF" + csv)) {
            Outcome outcome = READER.read(text.getBytes(StandardCharsets.UTF_8), Format.CSV);

            assertEquals(List.of(), outcome.problems());
            assertEquals(List.of(new Amount("HW", Q1_2025, 830_000.5), new Amount("SVC", Q4_2025, 1200)),
                    outcome.amounts());
        }
    }

    @Test
    void listsEveryProblemOfACsvWithItsLine() {
        String csv = "Category,Quarter,Actual\nHW,2025-Q1,=SUM(A1:A9)\nX,2025-Q1,5\nHW,2025-Q2,abc\nHW,2025-Q3\n"
                + "SW,2025-Q3,-1\nSW,2025-Q1,7\nHW,2025-Q1,8\n\"SW,2025-Q4,9\n";

        Outcome outcome = READER.read(csv.getBytes(StandardCharsets.UTF_8), Format.CSV);

        assertEquals(List.of(
                problem("line 2", "a formula (=SUM(A1:A9)): type the amount itself (paste values)"),
                problem("line 3", "unknown budget category \"X\""),
                problem("line 4", "not a number: \"abc\""),
                problem("line 5", "expected 3 values (category, quarter, actual), found 2"),
                problem("line 6", "a negative amount (-1): actual costs are at least 0"),
                problem("line 8", "category HW in 2025-Q1 is given twice (also at line 2)"),
                problem("line 9", "a quoted value is not closed")), outcome.problems());
    }

    @Test
    void refusesCsvThatIsNotUtf8OrHasNoHeader() {
        byte[] gbk = "category,quarter,actual\n硬件,2025-Q1,5\n".getBytes(Charset.forName("GBK"));
        assertEquals(List.of(problem("$", "not UTF-8 text: save the CSV as UTF-8")),
                READER.read(gbk, Format.CSV).problems());

        byte[] headless = "HW,2025-Q1,5\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(problem("$", "the first line must name the columns category,quarter,actual")),
                READER.read(headless, Format.CSV).problems());
    }

    @Test
    void refusesAWorkbookSentAsCsvAndAnythingElseSentAsXlsx() throws IOException {
        byte[] workbook = filled(sheet -> actual(sheet, 5, 1));
        assertEquals(List.of(problem("$", "this is a workbook, not CSV")), READER.read(workbook, Format.CSV).problems());

        byte[] pdf = "%PDF-1.7 pretending to be Actuals.xlsx".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(problem("$", "not an xlsx workbook (judged by its content, whatever its name)")),
                READER.read(pdf, Format.XLSX).problems());
        assertEquals(Format.CSV, Format.of(pdf));
        assertEquals(Format.XLSX, Format.of(workbook));
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        byte[] plain = filled(sheet -> actual(sheet, 5, 1));
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(plain);
            }
            container.writeFilesystem(encrypted);
        }

        Outcome outcome = READER.read(encrypted.toByteArray(), Format.XLSX);

        assertEquals(List.of(problem("$", "a password-protected or encrypted workbook (or an old .xls): "
                + "save it as .xlsx without a password")), outcome.problems());
        assertEquals(Format.XLSX, Format.of(encrypted.toByteArray()));
    }

    @Test
    void refusesAZipBomb() throws IOException {
        // a valid template whose sheet part is followed by 200 MB of blanks: a few hundred kilobytes compressed
        byte[] bomb = rewritten(filled(sheet -> actual(sheet, 5, 1)), "xl/worksheets/sheet1.xml",
                (xml, out) -> {
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(blanks);
                    }
                });
        assertTrue(bomb.length < ActualsReader.MAX_BYTES, "the bomb passes the size limit: " + bomb.length);

        Outcome outcome = READER.read(bomb, Format.XLSX);

        assertEquals(List.of(problem("$", "the workbook expands far beyond its own size (a zip bomb?); refused unread")),
                outcome.problems());
    }

    @Test
    void refusesXmlWithAnExternalEntityWithoutReadingTheFile(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-7f3a");
        String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] hostile = rewritten(filled(sheet -> sheet.getRow(4).getCell(1).setCellValue("XXE-HERE")),
                "xl/sharedStrings.xml", (xml, out) -> out.write(xml.replaceFirst("\\?>", "?>" + doctype)
                        .replace("XXE-HERE", "&xxe;").getBytes(StandardCharsets.UTF_8)));

        Outcome outcome = READER.read(hostile, Format.XLSX);

        assertEquals(List.of(problem("$", "the workbook's XML declares a document type (DTD), which could read files "
                + "of the server (XXE); refused")), outcome.problems());
        assertFalse(outcome.toString().contains("TOP-SECRET"));
    }

    @Test
    void refusesAWorkbookThatIsNotThisPlansTemplate() throws IOException {
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Actuals").createRow(4).createCell(4).setCellValue(5);
            workbook.write(foreign);
        }
        assertEquals(List.of(problem("$", "not a Keelson actuals template: download the template of plan "
                + PLAN.code() + " and fill it in")), READER.read(foreign.toByteArray(), Format.XLSX).problems());

        Plan other = new Plan("KP-999", PLAN.name(), PLAN.description(), PLAN.currency(), PLAN.locale(), PLAN.status(),
                PLAN.manager(), PLAN.startDate(), PLAN.deadline(), PLAN.statusDate(), PLAN.calendar(), PLAN.phases(),
                PLAN.milestones(), PLAN.wbs(), PLAN.correlations(), PLAN.budget(), PLAN.riskMatrix(), PLAN.risks(),
                PLAN.kpis(), PLAN.benefits(), PLAN.baselines(), PLAN.assumptions());
        ByteArrayOutputStream otherTemplate = new ByteArrayOutputStream();
        new ActualsTemplate(other).write(otherTemplate);
        assertEquals(List.of(problem("$", "this is the template of plan KP-999, not of plan " + PLAN.code())),
                READER.read(otherTemplate.toByteArray(), Format.XLSX).problems());

        byte[] newer = filled(sheet -> sheet.getWorkbook().getSheet("KeelsonTemplate").getRow(1).getCell(1)
                .setCellValue(2));
        assertEquals(List.of(problem("$", "template format version 2 is not supported (this portal reads version 1)")),
                READER.read(newer, Format.XLSX).problems());
    }

    @Test
    void refusesOversizeInput() {
        byte[] csv = new byte[ActualsReader.MAX_BYTES + 1];
        Arrays.fill(csv, (byte) ' ');

        assertEquals(List.of(problem("$", "the file has " + csv.length + " bytes, more than the "
                + ActualsReader.MAX_BYTES + " accepted")), READER.read(csv, Format.CSV).problems());

        StringBuilder lines = new StringBuilder("category,quarter,actual\n");
        lines.append("HW,2025-Q1,1\n".repeat(ActualsReader.MAX_ROWS + 1));
        assertEquals(List.of(problem("$", "more than " + ActualsReader.MAX_ROWS + " rows")),
                READER.read(lines.toString().getBytes(StandardCharsets.UTF_8), Format.CSV).problems());
    }

    /** Writes one zip entry's new content from its old text. */
    @FunctionalInterface
    private interface Rewrite {
        void write(String oldText, OutputStream out) throws IOException;
    }

    /** {@code xlsx} with entry {@code name} rewritten: how a hostile workbook is made from a good one. */
    private static byte[] rewritten(byte[] xlsx, String name, Rewrite rewrite) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    rewrite.write(new String(content, StandardCharsets.UTF_8), out);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }
}
