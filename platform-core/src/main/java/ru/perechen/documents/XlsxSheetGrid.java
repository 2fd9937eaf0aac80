package ru.perechen.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** One worksheet part as read: its cells (text, a shared string's index or a number with its style), merges, size. */
final class XlsxSheetGrid {

    record Number(String raw, int style) {
    }

    final Map<Integer, Object[]> cells = new HashMap<>();
    final List<CellRangeAddress> merged = new ArrayList<>();
    int width;
    int lastRow = -1;
    String formula;

    static XlsxSheetGrid read(XMLStreamReader xml, TableBudget budget) throws XMLStreamException {
        XlsxSheetGrid grid = new XlsxSheetGrid();
        int row = -1;
        int column = -1;
        Object[] current = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "row" -> {
                    row = StaxInput.intAttribute(xml, "r", row + 2) - 1;
                    column = -1;
                    grid.lastRow = Math.max(grid.lastRow, row + 1);
                    if (row + 1 > TableReader.MAX_ROWS) {
                        throw new DocumentRejectedException("import.reject.too-many-rows", TableReader.MAX_ROWS);
                    }
                    current = grid.cells.computeIfAbsent(row, r -> new Object[0]);
                }
                case "c" -> {
                    String reference = xml.getAttributeValue(null, "r");
                    column = reference != null ? new CellReference(reference).getCol() : column + 1;
                    if (column < TableReader.MAX_COLUMNS && current != null) {
                        grid.width = Math.max(grid.width, column + 1);
                        Object value = grid.cell(xml, row, column, budget);
                        if (current.length <= column) {
                            current = Arrays.copyOf(current, column + 1);
                            grid.cells.put(row, current);
                        }
                        current[column] = value;
                    }
                }
                case "mergeCell" -> {
                    String reference = xml.getAttributeValue(null, "ref");
                    if (reference != null && reference.contains(":")) {
                        budget.merge();
                        grid.merged.add(CellRangeAddress.valueOf(reference));
                    }
                }
                default -> { }
            }
        }
        return grid;
    }

    /** The cell whose start the reader stands on, read to its end. */
    private Object cell(XMLStreamReader xml, int row, int column, TableBudget budget) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        int style = StaxInput.intAttribute(xml, "s", 0);
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "f" -> {
                    if (formula == null) {
                        formula = new CellReference(row, column).formatAsString();
                    }
                    xml.getElementText();
                }
                case "v" -> value = xml.getElementText();
                case "t" -> {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(xml.getElementText());
                }
                case "rPh" -> StaxInput.skip(xml);
                default -> { }
            }
        }
        String kind = type == null ? "n" : type;
        Object cell = switch (kind) {
            case "s" -> value == null ? null : parseIndex(value);
            case "inlineStr" -> inline == null ? null : StaxInput.decodeEscapes(inline.toString());
            case "str", "d" -> value;
            case "b" -> value == null ? null : String.valueOf("1".equals(value.strip()) || "true".equals(value.strip()));
            case "e" -> null;
            default -> value == null ? null : new Number(value.strip(), style);
        };
        if (cell != null) {
            budget.cell(cell instanceof String text ? text.length() : value.length());
        }
        return cell;
    }

    private static Integer parseIndex(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException broken) {
            throw new DocumentRejectedException("import.reject.corrupted");
        }
    }
}
