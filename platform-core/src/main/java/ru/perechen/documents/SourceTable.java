package ru.perechen.documents;

import java.util.List;

/**
 * A table as read from a file, merged cells filled in (every cell a merge covers has its text).
 *
 * @param sheet whether it is a spreadsheet's sheet (named) or a document's table (numbered from 1)
 * @param rows  the non-empty rows, each with the number a person sees in the file (1-based)
 */
record SourceTable(boolean sheet, String name, List<SourceRow> rows) {

    record SourceRow(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
