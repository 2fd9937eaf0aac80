package ru.perechen.feedback;

import java.util.List;

/**
 * How an uploaded XLSX is checked and read for the feedback import. The documents module provides it —
 * its upload check, its streaming reader within its budget, its limit of parses at once — so that the
 * feedback module does not depend on documents. A refusal is a {@link FeedbackRejectedException} whose
 * one problem, on the field «file», carries the check's message key.
 */
public interface WorkbookReader {

    /** The largest upload taken, in bytes (the CSV import keeps to it too). */
    int maxBytes();

    /** The visible sheets of a checked workbook, in its order, each with its non-empty rows. */
    List<Sheet> read(String fileName, byte[] bytes);

    record Sheet(String name, List<Row> rows) {

        public Sheet {
            rows = List.copyOf(rows);
        }
    }

    /** A row with the number a person sees in the file (1-based), its cells as text, merged cells filled in. */
    record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
