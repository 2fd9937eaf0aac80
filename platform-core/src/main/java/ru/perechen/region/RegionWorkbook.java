package ru.perechen.region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.perechen.region.RegionWorkbookColumns.Column;

/**
 * A region dashboard as the coordinator's XLSX report (decision 38): «Сводка» — the agencies as rows and the
 * indicators as columns under the grid's groups, below a title with the region and the day; «Каналы» — channel
 * types × agencies; «Данные графиков» — the charts' figures; then a sheet per agency with its indicators and its
 * findings by rule. Figures are numeric cells, days date cells shown dd.MM.yyyy, a part an agency lacks is said
 * in words. Streaming, as every workbook of the project; the words come from the caller's bundle.
 */
public final class RegionWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Rows kept in memory while writing; a region has tens of agencies, so every sheet fits in it. */
    static final int WINDOW = 200;
    /** The title, the day and an empty line above the header rows. */
    static final int HEADER_ROW = 3;

    /** The report's words by message key, as {@code getTranslation} gives them. */
    @FunctionalInterface
    public interface Text {
        String get(String key, Object... arguments);
    }

    private RegionWorkbook() {
    }

    /** {@code region-<code>-<yyyy-MM-dd>.xlsx}. */
    public static String fileName(RegionDashboard d) {
        return "region-" + d.region().code() + "-" + d.asOf() + ".xlsx";
    }

    public static byte[] xlsx(RegionDashboard d, Text t) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.setCompressTempFiles(true);
            RegionWorkbookCells cells = new RegionWorkbookCells(book);
            List<Column> columns = RegionWorkbookColumns.of(t);
            summary(book.createSheet(t.get("region.xlsx.sheet.summary")), d, t, cells, columns);
            RegionWorkbookSheets sheets = new RegionWorkbookSheets(book, d, t, cells);
            sheets.channels();
            sheets.charts();
            sheets.agencies(columns);
            book.write(out);
            return out.toByteArray();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    /** The title line: the region and the day. */
    static String title(RegionDashboard d, Text t) {
        return t.get("region.xlsx.title", d.region().name(), DATE.format(d.asOf()));
    }

    private static void summary(SXSSFSheet sheet, RegionDashboard d, Text t, RegionWorkbookCells cells, List<Column> columns) {
        int width = columns.size() + 1;
        int r = cells.line(sheet, 0, title(d, t), cells.title, width);
        cells.line(sheet, r, t.get("region.xlsx.subtitle", d.agencies().size(), d.feedbackQuarter()), cells.subtitle, width);
        Row groups = sheet.createRow(HEADER_ROW);
        Row heads = sheet.createRow(HEADER_ROW + 1);
        heads.setHeightInPoints(42);
        cells.text(groups.createCell(0), t.get("region.xlsx.col.agency"), cells.header);
        cells.text(heads.createCell(0), "", cells.header);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, 0, 0));
        int start = 1;
        for (int c = 1; c <= columns.size(); c++) {
            Column column = columns.get(c - 1);
            cells.text(groups.createCell(c), RegionWorkbookColumns.group(t, column.group()), cells.header);
            cells.text(heads.createCell(c), RegionWorkbookColumns.label(t, column), cells.header);
            boolean last = c == columns.size() || !columns.get(c).group().equals(column.group());
            if (last) {
                if (c > start) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(HEADER_ROW, HEADER_ROW, start, c));
                }
                start = c + 1;
            }
        }
        int first = HEADER_ROW + 2;
        r = first;
        for (AgencyIndicators a : d.agencies()) {
            Row row = sheet.createRow(r++);
            cells.put(row, 0, a.agency().shortName());
            for (int c = 1; c <= columns.size(); c++) {
                cells.put(row, c, columns.get(c - 1).value().apply(a));
            }
        }
        int[] widths = new int[width];
        widths[0] = 30;
        for (int c = 1; c < width; c++) {
            widths[c] = columns.get(c - 1).width();
        }
        RegionWorkbookCells.widths(sheet, widths);
        sheet.createFreezePane(1, first);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, first - 1, -1, -1));
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW + 1, Math.max(HEADER_ROW + 1, r - 1), 0, width - 1));
        RegionWorkbookCells.print(sheet, true);
    }
}
