package ru.perechen.feedback.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import ru.perechen.feedback.Quarter;
import ru.perechen.feedback.UnitReport;
import ru.perechen.feedback.UnitReport.Line;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.AgencyType;

/**
 * A unit's report as the form of Приложение № 2 lays it out — «ИНФОРМАЦИЯ», the heading, the unit, the period,
 * the seven columns, the head's signature line and the footnote — as XLSX and as DOCX (A4 landscape).
 */
final class UnitReportFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String FONT = "Times New Roman";

    private final FeedbackAnalysisTables.Messages t;

    UnitReportFiles(FeedbackAnalysisTables.Messages t) {
        this.t = t;
    }

    static String fileName(UnitReport report, String extension) {
        return "prilozhenie-2-" + report.quarter() + "." + extension;
    }

    /** The text above the table, line by line. */
    List<String> heading(AgencySummary agency, UnitReport report) {
        return List.of(t.get("feedback.report.form.info"), t.get("feedback.report.form.about", report.heading()), report.unitName(),
                t.get("feedback.report.form.unit-caption"), t.get("feedback.report.form.period", period(report.quarter())));
    }

    static String period(Quarter quarter) {
        return DATE.format(quarter.firstDay()) + " - " + DATE.format(quarter.lastDay());
    }

    List<String> columns(AgencySummary agency) {
        String with = t.get(agency.type() == AgencyType.MINISTRY ? "feedback.report.form.with-ministry" : "feedback.report.form.with-agency");
        return List.of(t.get("feedback.report.col.group"), t.get("feedback.report.col.way"), t.get("feedback.report.col.served", with),
                t.get("feedback.report.col.feedback"), t.get("feedback.report.col.share"), t.get("feedback.report.col.reviews"),
                t.get("feedback.report.col.satisfaction"));
    }

    /** A line's seven cells as the form prints them. */
    List<String> cells(Line line, boolean total) {
        List<String> cells = new ArrayList<>();
        cells.add(total ? t.get("feedback.report.total") : group(line));
        cells.add(total ? "" : way(line.way()));
        cells.add(line.served() == null ? "" : String.valueOf(line.served()));
        cells.add(String.valueOf(line.feedback()));
        cells.add(percent(line.sharePercent()));
        cells.add(String.valueOf(line.reviews()));
        cells.add(percent(line.satisfactionPercent()));
        return cells;
    }

    String group(Line line) {
        if (line.groupTitle() == null) {
            return t.get("feedback.report.no-group");
        }
        return line.groupNumber() == null ? line.groupTitle() : line.groupNumber() + ". " + line.groupTitle();
    }

    String way(String way) {
        return t.get("feedback.report.way." + (way == null ? "none" : way));
    }

    static String percent(Double value) {
        return value == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    String signature(UnitReport report) {
        String name = report.signedByName() != null ? report.signedByName() : report.headName() == null ? "" : report.headName();
        String signed = report.signedAt() == null ? "" : " " + t.get("feedback.report.form.signed-on",
                DATE.format(report.signedAt().atZone(Quarter.ZONE)));
        return t.get("feedback.report.form.head") + " _______________ " + name + signed;
    }

    byte[] xlsx(AgencySummary agency, UnitReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.get("feedback.report.form.sheet"));
            CellStyle centre = style(book, true, false);
            CellStyle head = style(book, true, true);
            CellStyle cell = style(book, false, true);
            int r = 0;
            for (String text : heading(agency, report)) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(text);
                row.getCell(0).setCellStyle(centre);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 6));
                r++;
            }
            r++;
            Row titles = sheet.createRow(r++);
            titles.setHeightInPoints(90);
            List<String> columns = columns(agency);
            for (int c = 0; c < columns.size(); c++) {
                titles.createCell(c).setCellValue(columns.get(c) + (c == 0 ? "²" : ""));
                titles.getCell(c).setCellStyle(head);
            }
            List<List<String>> body = new ArrayList<>();
            report.lines().forEach(l -> body.add(cells(l, false)));
            body.add(cells(report.total(), true));
            for (List<String> values : body) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                    row.getCell(c).setCellStyle(cell);
                }
            }
            r++;
            sheet.createRow(r++).createCell(0).setCellValue(signature(report));
            sheet.createRow(r++).createCell(0).setCellValue(t.get("feedback.report.form.signature-caption"));
            sheet.createRow(++r).createCell(0).setCellValue("² " + t.get("feedback.report.form.footnote"));
            int[] widths = {40, 16, 22, 18, 16, 20, 18};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    private static CellStyle style(XSSFWorkbook book, boolean bold, boolean bordered) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setFontName(FONT);
        font.setBold(bold && bordered);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        } else {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }

    byte[] docx(AgencySummary agency, UnitReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            List<String> heading = heading(agency, report);
            for (int i = 0; i < heading.size(); i++) {
                text(doc, ParagraphAlignment.CENTER, heading.get(i), i < 2, i == 3 ? 9 : 12);
            }
            List<String> columns = columns(agency);
            List<List<String>> body = new ArrayList<>();
            report.lines().forEach(l -> body.add(cells(l, false)));
            body.add(cells(report.total(), true));
            XWPFTable table = doc.createTable(body.size() + 1, columns.size());
            table.setWidth("100%");
            fill(table.getRow(0), columns, true);
            table.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().setText(columns.getFirst() + "²", 0);
            for (int i = 0; i < body.size(); i++) {
                fill(table.getRow(i + 1), body.get(i), i == body.size() - 1);
            }
            text(doc, ParagraphAlignment.LEFT, "", false, 11);
            text(doc, ParagraphAlignment.LEFT, signature(report), false, 12);
            text(doc, ParagraphAlignment.LEFT, t.get("feedback.report.form.signature-caption"), false, 9);
            text(doc, ParagraphAlignment.LEFT, "² " + t.get("feedback.report.form.footnote"), false, 9);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int c = 0; c < values.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(10);
            run.setBold(bold);
            run.setText(values.get(c));
        }
    }

    private static void text(XWPFDocument doc, ParagraphAlignment alignment, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
