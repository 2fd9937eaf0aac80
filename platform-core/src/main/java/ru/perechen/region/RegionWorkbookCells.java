package ru.perechen.region;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.perechen.spreadsheet.CellSafety;

/**
 * The region report's cell styles and how a value becomes a cell: a number a numeric cell, a day a date cell
 * shown dd.MM.yyyy, words text (quote-prefixed where a spreadsheet would see a formula), nothing an empty
 * bordered cell.
 */
final class RegionWorkbookCells {

    private static final String FONT = "Times New Roman";
    private static final float LINE_POINTS = 13.5f;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle section;
    final CellStyle text;
    final CellStyle quoted;
    final CellStyle words;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;

    RegionWorkbookCells(SXSSFWorkbook book) {
        Font plain = font(book, false, false, 10);
        Font bold = font(book, true, false, 10);
        title = book.createCellStyle();
        title.setFont(font(book, true, false, 12));
        title.setAlignment(HorizontalAlignment.LEFT);
        subtitle = book.createCellStyle();
        subtitle.setFont(font(book, false, true, 10));
        header = bordered(book, bold, HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setQuotePrefixed(true);
        section = book.createCellStyle();
        section.setFont(bold);
        text = bordered(book, plain, HorizontalAlignment.LEFT);
        quoted = bordered(book, plain, HorizontalAlignment.LEFT);
        quoted.setQuotePrefixed(true);
        words = bordered(book, font(book, false, true, 10), HorizontalAlignment.LEFT);
        integer = bordered(book, plain, HorizontalAlignment.RIGHT);
        integer.setDataFormat(book.createDataFormat().getFormat("0"));
        decimal = bordered(book, plain, HorizontalAlignment.RIGHT);
        decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
        date = bordered(book, plain, HorizontalAlignment.RIGHT);
        date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
    }

    /** A value of the report: {@link Number}, {@link LocalDate}, {@link Words} (a part the agency lacks), text, or null. */
    void put(Row row, int column, Object value) {
        Cell cell = row.createCell(column);
        switch (value) {
            case null -> cell.setCellStyle(text);
            case Words w -> {
                cell.setCellValue(w.text());
                cell.setCellStyle(words);
            }
            case Integer n -> number(cell, n, integer);
            case Long n -> number(cell, n, integer);
            case Number n -> number(cell, n.doubleValue(), n.doubleValue() == Math.rint(n.doubleValue()) ? integer : decimal);
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            }
            default -> text(cell, value.toString(), text);
        }
    }

    /** Text in the given style, quote-prefixed when it would read as a formula. */
    void text(Cell cell, String value, CellStyle style) {
        String t = value == null ? "" : value;
        cell.setCellValue(t);
        cell.setCellStyle(CellSafety.dangerous(t) && style == text ? quoted : style);
    }

    /** A line of one cell across {@code columns}: a title or a subtitle. */
    int line(SXSSFSheet sheet, int r, String value, CellStyle style, int columns) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(LINE_POINTS * (style == title ? 1.4f : 1.1f));
        text(row.createCell(0), value, style);
        if (columns > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, columns - 1));
        }
        return r + 1;
    }

    static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** A4 fitted to the page width, as the project's other printed tables. */
    static void print(Sheet sheet, boolean landscape) {
        ru.perechen.documents.SheetPrint.a4(sheet, landscape);
    }

    /** Words in place of a figure: «нет Перечня», «обратная связь не ведётся». */
    record Words(String text) {
    }

    private static void number(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static Font font(SXSSFWorkbook book, boolean bold, boolean italic, int points) {
        Font font = book.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static CellStyle bordered(SXSSFWorkbook book, Font font, HorizontalAlignment horizontal) {
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setAlignment(horizontal);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
