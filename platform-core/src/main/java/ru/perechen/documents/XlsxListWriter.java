package ru.perechen.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.perechen.spreadsheet.CellSafety;

/**
 * Writes a {@link PrintedList} as the agency's XLSX: streaming (a window of rows in memory, the rest
 * on disk, compressed), landscape A4 fitted to the page width, the header repeated on every printed
 * page, frozen under the header, with an autofilter; direction and process cells merged over their
 * rows; every cell text (never a formula), quote-prefixed where a spreadsheet would see a formula.
 */
public final class XlsxListWriter {

    /** Rows kept in memory while writing; the rest is flushed to a compressed temporary file. */
    static final int WINDOW = 200;
    /** The printable width of landscape A4 in character widths of the body font at fit-to-width. */
    private static final int PAGE_CHARS = 190;
    private static final float LINE_POINTS = 13.5f;

    private XlsxListWriter() {
    }

    public static void write(PrintedList list, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            Styles styles = new Styles(book);
            SXSSFSheet sheet = book.createSheet(PrintedTexts.text("sheet"));
            int columns = list.columns().size();
            int[] widths = widths(list);
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int r = 0;
            r = titleRow(sheet, r, list.appendix(), styles.appendix, columns, 1);
            r = titleRow(sheet, r, list.title(), styles.title, columns, 1);
            r = titleRow(sheet, r, list.agencyName(), styles.title, columns, 2);
            r++;
            int header = r;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                text(head.createCell(c), list.columns().get(c).title(), styles.header, styles.header);
            }
            head.setHeightInPoints(LINE_POINTS * headerLines(list, widths));
            if (list.numberingRow()) {
                Row numbers = sheet.createRow(r++);
                for (int c = 0; c < columns; c++) {
                    text(numbers.createCell(c), String.valueOf(c + 1), styles.numbering, styles.numbering);
                }
            }
            int firstData = r;
            sheet.setRepeatingRows(new CellRangeAddress(header, firstData - 1, -1, -1));
            sheet.createFreezePane(0, firstData);
            float[] heights = heights(list, widths);
            for (int i = 0; i < list.lines().size(); i++) {
                PrintedList.Line line = list.lines().get(i);
                Row row = sheet.createRow(r);
                row.setHeightInPoints(heights[i]);
                for (int c = 0; c < columns; c++) {
                    PrintedList.Column column = list.columns().get(c);
                    int span = column.span(line);
                    Cell cell = row.createCell(c);
                    if (span == 0) {
                        cell.setCellStyle(styles.body);
                        continue;
                    }
                    text(cell, line.cells().get(c), styles.body, styles.bodyQuoted);
                    if (span > 1) {
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r + span - 1, c, c));
                    }
                }
                r++;
            }
            if (columns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, columns - 1));
            }
            pageSetup(sheet);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int titleRow(SXSSFSheet sheet, int r, String text, CellStyle style, int columns, int lines) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(LINE_POINTS * 1.3f * lines);
        Cell cell = row.createCell(0);
        text(cell, text, style, style);
        if (columns > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, columns - 1));
        }
        return r + 1;
    }

    private static void text(Cell cell, String value, CellStyle plain, CellStyle quoted) {
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        cell.setCellStyle(CellSafety.dangerous(text) ? quoted : plain);
    }

    private static void pageSetup(SXSSFSheet sheet) {
        SheetPrint.a4(sheet, true);
        sheet.getFooter().setCenter(PrintedTexts.text("page"));
    }

    static int[] widths(PrintedList list) {
        int total = Math.max(1, list.totalWeight());
        return list.columns().stream().mapToInt(c -> Math.max(6, c.weight() * PAGE_CHARS / total)).toArray();
    }

    private static float headerLines(PrintedList list, int[] widths) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, lines(list.columns().get(c).title(), widths[c]));
        }
        return lines + 0.4f;
    }

    /**
     * Row heights from the wrapped text, since a spreadsheet does not fit them on opening: a merged
     * cell's lines are shared by the rows it spans, the last of them taking what is left.
     */
    static float[] heights(PrintedList list, int[] widths) {
        List<PrintedList.Line> lines = list.lines();
        int[] needed = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            PrintedList.Line line = lines.get(i);
            int n = 1;
            for (int c = 0; c < widths.length; c++) {
                if (list.columns().get(c).span(line) == 1) {
                    n = Math.max(n, lines(line.cells().get(c), widths[c]));
                }
            }
            needed[i] = n;
        }
        for (int i = 0; i < lines.size(); i++) {
            PrintedList.Line line = lines.get(i);
            for (int c = 0; c < widths.length; c++) {
                int span = list.columns().get(c).span(line);
                if (span > 1) {
                    int want = lines(line.cells().get(c), widths[c]);
                    int have = 0;
                    for (int k = i; k < i + span; k++) {
                        have += needed[k];
                    }
                    if (want > have) {
                        needed[i + span - 1] += want - have;
                    }
                }
            }
        }
        float[] heights = new float[lines.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = Math.min(409f, LINE_POINTS * needed[i] + 3f);
        }
        return heights;
    }

    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, (int) (width * 1.1));
        int n = 0;
        for (String part : text.split("\n", -1)) {
            n += Math.max(1, (part.length() + perLine - 1) / perLine);
        }
        return n;
    }

    private static final class Styles {
        final CellStyle appendix;
        final CellStyle title;
        final CellStyle header;
        final CellStyle numbering;
        final CellStyle body;
        final CellStyle bodyQuoted;

        Styles(SXSSFWorkbook book) {
            Font plain = font(book, false, 10);
            Font bold = font(book, true, 10);
            Font big = font(book, true, 12);
            appendix = book.createCellStyle();
            appendix.setFont(font(book, false, 11));
            appendix.setAlignment(HorizontalAlignment.RIGHT);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            header = bordered(book, bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            numbering = bordered(book, plain, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            body = bordered(book, plain, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
            bodyQuoted = bordered(book, plain, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
            bodyQuoted.setQuotePrefixed(true);
            header.setQuotePrefixed(true);
        }

        private static Font font(SXSSFWorkbook book, boolean bold, int points) {
            Font font = book.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(SXSSFWorkbook book, Font font, HorizontalAlignment horizontal,
                                          VerticalAlignment vertical) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setAlignment(horizontal);
            style.setVerticalAlignment(vertical);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
