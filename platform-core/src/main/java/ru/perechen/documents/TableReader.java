package ru.perechen.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the tables of a checked XLSX (its visible sheets) or DOCX (its top-level tables) as text,
 * filling in merged cells. A formula is refused with its cell, never evaluated.
 */
final class TableReader {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 40;

    private TableReader() {
    }

    static List<SourceTable> read(DocumentFormat format, byte[] bytes) {
        try {
            return format == DocumentFormat.XLSX ? xlsx(bytes) : docx(bytes);
        } catch (DocumentRejectedException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            // POI's own refusals (its archive limits, broken parts) come here: the file changes nothing
            throw DocumentRejectedException.because(broken, "import.reject.corrupted");
        }
    }

    private static List<SourceTable> xlsx(byte[] bytes) throws IOException {
        List<SourceTable> tables = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("ru"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                if (book.isSheetHidden(s) || book.isSheetVeryHidden(s)) {
                    continue;
                }
                XSSFSheet sheet = book.getSheetAt(s);
                int last = sheet.getLastRowNum();
                if (last + 1 > MAX_ROWS) {
                    throw new DocumentRejectedException("import.reject.too-many-rows", MAX_ROWS);
                }
                String[][] grid = new String[last + 1][];
                int width = 0;
                for (Row row : sheet) {
                    int cells = Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum()));
                    String[] texts = new String[cells];
                    Arrays.fill(texts, "");
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() >= MAX_COLUMNS) {
                            continue;
                        }
                        texts[cell.getColumnIndex()] = text(sheet.getSheetName(), cell, formatter);
                    }
                    grid[row.getRowNum()] = texts;
                    width = Math.max(width, cells);
                }
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    fill(grid, merged);
                }
                List<SourceTable.SourceRow> rows = new ArrayList<>();
                for (int r = 0; r < grid.length; r++) {
                    if (grid[r] != null) {
                        List<String> cells = Arrays.stream(Arrays.copyOf(grid[r], width)).map(c -> c == null ? "" : c).toList();
                        SourceTable.SourceRow row = new SourceTable.SourceRow(r + 1, cells);
                        if (!row.blank()) {
                            rows.add(row);
                        }
                    }
                }
                tables.add(new SourceTable(true, sheet.getSheetName(), rows));
            }
        }
        return tables;
    }

    private static String text(String sheet, Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType();
        return switch (type) {
            case FORMULA -> throw new DocumentRejectedException("import.reject.formula", sheet,
                    new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString());
            case STRING -> clean(cell.getStringCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield PrintedList.DATE.format(cell.getLocalDateTimeCellValue().toLocalDate());
                }
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                        : clean(formatter.formatCellValue(cell));
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static void fill(String[][] grid, CellRangeAddress merged) {
        int top = merged.getFirstRow();
        int left = merged.getFirstColumn();
        if (top >= grid.length || grid[top] == null || left >= grid[top].length) {
            return;
        }
        String value = grid[top][left];
        for (int r = top; r <= Math.min(merged.getLastRow(), grid.length - 1); r++) {
            if (grid[r] == null) {
                grid[r] = new String[0];
            }
            int right = Math.min(merged.getLastColumn(), MAX_COLUMNS - 1);
            if (grid[r].length <= right) {
                String[] wider = Arrays.copyOf(grid[r], right + 1);
                grid[r] = wider;
            }
            for (int c = left; c <= right; c++) {
                grid[r][c] = value;
            }
        }
    }

    private static List<SourceTable> docx(byte[] bytes) throws IOException {
        List<SourceTable> tables = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int number = 0;
            int total = 0;
            for (XWPFTable table : doc.getTables()) {
                number++;
                List<SourceTable.SourceRow> rows = new ArrayList<>();
                List<String> above = List.of();
                int r = 0;
                for (XWPFTableRow row : table.getRows()) {
                    r++;
                    if (++total > MAX_ROWS) {
                        throw new DocumentRejectedException("import.reject.too-many-rows", MAX_ROWS);
                    }
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        CTTcPr properties = cell.getCTTc().getTcPr();
                        int span = properties != null && properties.isSetGridSpan()
                                ? Math.max(1, ((java.math.BigInteger) properties.getGridSpan().getVal()).intValue()) : 1;
                        boolean continues = properties != null && properties.isSetVMerge()
                                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                        String text = continues ? (cells.size() < above.size() ? above.get(cells.size()) : "") : text(cell);
                        for (int k = 0; k < span && cells.size() < MAX_COLUMNS; k++) {
                            cells.add(text);
                        }
                    }
                    above = cells;
                    SourceTable.SourceRow read = new SourceTable.SourceRow(r, List.copyOf(cells));
                    if (!read.blank()) {
                        rows.add(read);
                    }
                }
                tables.add(new SourceTable(false, String.valueOf(number), rows));
            }
        }
        return tables;
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(paragraph.getText());
        }
        return clean(text.toString());
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }
}
