package ru.perechen.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Reads the top-level tables of a checked DOCX in one streaming pass over {@code word/document.xml},
 * without POI's object model: a cell's text is its own paragraphs (a table nested in it is not the
 * list's), joined by line breaks; {@code gridSpan} repeats a cell, {@code vMerge} carries the cell above.
 * Memory is bounded by {@link TableBudget}.
 */
final class DocxStreamReader {

    private final TableBudget budget = new TableBudget();
    private final List<SourceTable> tables = new ArrayList<>();
    private int totalRows;

    private DocxStreamReader() {
    }

    static List<SourceTable> read(byte[] bytes) throws IOException, XMLStreamException {
        DocxStreamReader reader = new DocxStreamReader();
        boolean found = false;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    reader.document(StaxInput.reader(zip));
                    found = true;
                }
            }
        }
        if (!found) {
            throw new DocumentRejectedException("import.reject.corrupted");
        }
        return reader.tables;
    }

    private void document(XMLStreamReader xml) throws XMLStreamException {
        int depth = 0;
        int bodyDepth = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (xml.getLocalName().equals("body") && bodyDepth < 0) {
                    bodyDepth = depth;
                } else if (xml.getLocalName().equals("tbl") && depth == bodyDepth + 1) {
                    table(xml);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The table whose start the reader stands on, read to its end. */
    private void table(XMLStreamReader xml) throws XMLStreamException {
        List<SourceTable.SourceRow> rows = new ArrayList<>();
        List<String> above = List.of();
        int number = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tbl")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("tr")) {
                    number++;
                    if (++totalRows > TableReader.MAX_ROWS) {
                        throw new DocumentRejectedException("import.reject.too-many-rows", TableReader.MAX_ROWS);
                    }
                    List<String> cells = row(xml, above);
                    above = cells;
                    SourceTable.SourceRow read = new SourceTable.SourceRow(number, List.copyOf(cells));
                    if (!read.blank()) {
                        rows.add(read);
                    }
                } else if (xml.getLocalName().equals("tbl")) {
                    StaxInput.skip(xml);
                }
            }
        }
        tables.add(new SourceTable(false, String.valueOf(tables.size() + 1), rows));
    }

    private List<String> row(XMLStreamReader xml, List<String> above) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tr")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("tc")) {
                    cell(xml, cells, above);
                } else if (xml.getLocalName().equals("tbl")) {
                    StaxInput.skip(xml);
                }
            }
        }
        return cells;
    }

    private void cell(XMLStreamReader xml, List<String> cells, List<String> above) throws XMLStreamException {
        int span = 1;
        boolean continues = false;
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("tc")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "gridSpan" -> span = Math.max(1, Math.min(TableReader.MAX_COLUMNS, intValue(xml, 1)));
                case "vMerge" -> {
                    String value = value(xml);
                    continues = value == null || value.equals("continue");
                }
                case "p" -> {
                    if (paragraphs++ > 0) {
                        text.append('\n');
                    }
                    paragraph(xml, text);
                }
                case "tbl" -> StaxInput.skip(xml);
                default -> { }
            }
        }
        String value = continues ? (cells.size() < above.size() ? above.get(cells.size()) : "") : TableReader.clean(text.toString());
        if (!continues && !value.isEmpty()) {
            budget.cell(value.length());
        }
        for (int k = 0; k < span && cells.size() < TableReader.MAX_COLUMNS; k++) {
            cells.add(value);
        }
    }

    /** A paragraph's text as a person reads it: its runs' text, tabs and line breaks (deleted text and field codes are not). */
    private static void paragraph(XMLStreamReader xml, StringBuilder text) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("p")) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "t" -> text.append(xml.getElementText());
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "del", "instrText", "delText", "rPr", "pPr" -> StaxInput.skip(xml);
                default -> { }
            }
        }
    }

    private static String value(XMLStreamReader xml) {
        for (int a = 0; a < xml.getAttributeCount(); a++) {
            if (xml.getAttributeLocalName(a).equals("val")) {
                return xml.getAttributeValue(a);
            }
        }
        return null;
    }

    private static int intValue(XMLStreamReader xml, int otherwise) {
        String value = value(xml);
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException broken) {
            throw new DocumentRejectedException("import.reject.corrupted");
        }
    }
}
