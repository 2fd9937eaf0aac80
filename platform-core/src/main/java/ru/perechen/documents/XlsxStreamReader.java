package ru.perechen.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a checked XLSX in one streaming pass over its archive — the same pass {@link UploadGuard} made,
 * so both see the same parts — without building POI's object model: memory is what the cells hold, and
 * that is bounded by {@link TableBudget}. Shared strings and styles usually come after the sheets in the
 * archive, so cells keep their index until the end of the pass. Hidden sheets are read and dropped.
 */
final class XlsxStreamReader {

    private final TableBudget budget;
    private final Map<String, XlsxSheetGrid> sheets = new HashMap<>();
    private final List<String> sharedStrings = new ArrayList<>();
    private final List<Integer> cellFormats = new ArrayList<>();
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final Map<String, String> workbookRels = new HashMap<>();
    private final List<String[]> workbookSheets = new ArrayList<>();
    private String workbookPart = "xl/workbook.xml";
    private boolean date1904;

    private XlsxStreamReader(TableBudget budget) {
        this.budget = budget;
    }

    static List<SourceTable> read(byte[] bytes) throws IOException, XMLStreamException {
        XlsxStreamReader reader = new XlsxStreamReader(new TableBudget());
        reader.pass(bytes);
        return reader.tables();
    }

    private void pass(byte[] bytes) throws IOException, XMLStreamException {
        Map<String, byte[]> small = new LinkedHashMap<>();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName().replace('\\', '/');
                if (name.matches("(?i).*worksheets/[^/]+\\.xml")) {
                    sheets.put(name, XlsxSheetGrid.read(StaxInput.reader(zip), budget));
                } else if (name.matches("(?i).*sharedStrings\\.xml")) {
                    readSharedStrings(StaxInput.reader(zip));
                } else if (name.matches("(?i).*styles\\.xml")) {
                    readStyles(StaxInput.reader(zip));
                } else if (name.endsWith(".rels") || name.matches("(?i)[^/]*/workbook\\.xml")) {
                    small.put(name, StaxInput.bounded(zip, name));
                }
            }
        }
        byte[] root = small.get("_rels/.rels");
        if (root != null) {
            relations(root, "", Map.of()).values().stream().filter(t -> t.endsWith("workbook.xml")).findFirst()
                    .ifPresent(target -> workbookPart = target);
        }
        String folder = workbookPart.contains("/") ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
        byte[] rels = small.get(folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels");
        if (rels != null) {
            workbookRels.putAll(relations(rels, folder, workbookRels));
        }
        byte[] workbook = small.get(workbookPart);
        if (workbook == null) {
            throw new DocumentRejectedException("import.reject.corrupted");
        }
        readWorkbook(StaxInput.reader(new ByteArrayInputStream(workbook)));
    }

    private List<SourceTable> tables() {
        DataFormatter formatter = new DataFormatter(java.util.Locale.forLanguageTag("ru"));
        List<SourceTable> tables = new ArrayList<>();
        for (String[] sheet : workbookSheets) {
            String name = sheet[0];
            if (sheet[1] != null && !sheet[1].equals("visible")) {
                continue;
            }
            XlsxSheetGrid grid = sheets.get(workbookRels.get(sheet[2]));
            if (grid == null) {
                continue;
            }
            if (grid.formula != null) {
                throw new DocumentRejectedException("import.reject.formula", name, grid.formula);
            }
            tables.add(new SourceTable(true, name, rows(grid, formatter)));
        }
        return tables;
    }

    private List<SourceTable.SourceRow> rows(XlsxSheetGrid sheet, DataFormatter formatter) {
        if (sheet.lastRow > TableReader.MAX_ROWS) {
            throw new DocumentRejectedException("import.reject.too-many-rows", TableReader.MAX_ROWS);
        }
        TreeMap<Integer, String[]> grid = new TreeMap<>();
        sheet.cells.forEach((row, cells) -> {
            String[] texts = new String[cells.length];
            for (int c = 0; c < cells.length; c++) {
                texts[c] = text(cells[c], formatter);
            }
            grid.put(row, texts);
        });
        for (CellRangeAddress merged : sheet.merged) {
            fill(grid, merged);
        }
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        grid.forEach((index, texts) -> {
            List<String> cells = Arrays.stream(Arrays.copyOf(texts, sheet.width)).map(c -> c == null ? "" : c).toList();
            SourceTable.SourceRow row = new SourceTable.SourceRow(index + 1, cells);
            if (!row.blank()) {
                rows.add(row);
            }
        });
        return rows;
    }

    private String text(Object cell, DataFormatter formatter) {
        return switch (cell) {
            case null -> "";
            case String text -> TableReader.clean(text);
            case Integer shared -> shared >= 0 && shared < sharedStrings.size() ? TableReader.clean(sharedStrings.get(shared)) : "";
            case XlsxSheetGrid.Number number -> number(number, formatter);
            default -> "";
        };
    }

    private String number(XlsxSheetGrid.Number number, DataFormatter formatter) {
        double value;
        try {
            value = Double.parseDouble(number.raw());
        } catch (NumberFormatException notNumber) {
            return TableReader.clean(number.raw());
        }
        int format = number.style() >= 0 && number.style() < cellFormats.size() ? cellFormats.get(number.style()) : 0;
        String pattern = customFormats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
        if (pattern != null && DateUtil.isADateFormat(format, pattern) && DateUtil.isValidExcelDate(value)) {
            return PrintedList.DATE.format(DateUtil.getLocalDateTime(value, date1904).toLocalDate());
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return TableReader.clean(formatter.formatRawCellContents(value, format, pattern == null ? "General" : pattern));
    }

    private static void fill(TreeMap<Integer, String[]> grid, CellRangeAddress merged) {
        String[] first = grid.get(merged.getFirstRow());
        int left = merged.getFirstColumn();
        if (first == null || left >= first.length) {
            return;
        }
        String value = first[left];
        int right = Math.min(merged.getLastColumn(), TableReader.MAX_COLUMNS - 1);
        for (int r = merged.getFirstRow(); r <= Math.min(merged.getLastRow(), grid.lastKey()); r++) {
            String[] row = grid.getOrDefault(r, new String[0]);
            if (row.length <= right) {
                row = Arrays.copyOf(row, right + 1);
            }
            for (int c = left; c <= right; c++) {
                row[c] = value;
            }
            grid.put(r, row);
        }
    }

    private void readSharedStrings(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = null;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> text = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        if (text != null && phonetic == 0) {
                            String run = xml.getElementText();
                            budget.sharedText(run.length());
                            text.append(run);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (xml.getLocalName().equals("si") && text != null) {
                    budget.sharedString();
                    sharedStrings.add(StaxInput.decodeEscapes(text.toString()));
                    text = null;
                }
            }
        }
    }

    private void readStyles(XMLStreamReader xml) throws XMLStreamException {
        boolean inCellFormats = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmt" -> customFormats.put(StaxInput.intAttribute(xml, "numFmtId", 0), xml.getAttributeValue(null, "formatCode"));
                    case "cellXfs" -> inCellFormats = true;
                    case "xf" -> {
                        if (inCellFormats) {
                            cellFormats.add(StaxInput.intAttribute(xml, "numFmtId", 0));
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                inCellFormats = false;
            }
        }
    }

    private void readWorkbook(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("workbookPr")) {
                String value = xml.getAttributeValue(null, "date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            } else if (xml.getLocalName().equals("sheet")) {
                String id = null;
                for (int a = 0; a < xml.getAttributeCount(); a++) {
                    if (xml.getAttributeLocalName(a).equals("id")) {
                        id = xml.getAttributeValue(a);
                    }
                }
                workbookSheets.add(new String[] {xml.getAttributeValue(null, "name"), xml.getAttributeValue(null, "state"), id});
            }
        }
    }

    /** A relationships part: id → the target's part name, resolved against {@code folder}. */
    private static Map<String, String> relations(byte[] part, String folder, Map<String, String> into) throws XMLStreamException {
        Map<String, String> targets = new HashMap<>(into);
        XMLStreamReader xml = StaxInput.reader(new ByteArrayInputStream(part));
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                String target = xml.getAttributeValue(null, "Target");
                if (target != null) {
                    String resolved = target.startsWith("/") ? target.substring(1) : folder + target;
                    targets.put(xml.getAttributeValue(null, "Id"), java.net.URI.create("x:/" + resolved.replace(" ", "%20")).normalize()
                            .getPath().substring(1).replace("%20", " "));
                }
            }
        }
        return targets;
    }
}
