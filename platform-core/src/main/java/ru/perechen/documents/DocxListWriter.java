package ru.perechen.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a {@link PrintedList} as the DOCX appendix to the order: landscape A4, the title block, one
 * table of fixed widths over the page, the header (and numbering) rows repeated on every page,
 * direction and process cells merged down over their rows.
 */
public final class DocxListWriter {

    private DocxListWriter() {
    }

    public static void write(PrintedList list, OutputStream out) {
        try (XWPFDocument doc = Docx.landscape()) {
            Docx.line(doc, list.appendix(), ParagraphAlignment.RIGHT, false, 12);
            Docx.line(doc, list.title(), ParagraphAlignment.CENTER, true, 14);
            Docx.line(doc, list.agencyName(), ParagraphAlignment.CENTER, true, 14);
            table(doc, list.columns(), list.numberingRow(), list.lines());
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list's table with these lines (all of a version, or those a change adds). */
    static void table(XWPFDocument doc, List<PrintedList.Column> columns, boolean numberingRow, List<PrintedList.Line> lines) {
        int[] weights = columns.stream().mapToInt(PrintedList.Column::weight).toArray();
        int[] widths = Docx.twips(weights);
        XWPFTable table = Docx.table(doc, weights);
        XWPFTableRow header = Docx.row(table, true);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns.size(); c++) {
            Docx.cell(header, c, widths[c], columns.get(c).title(), true, "D9D9D9", Docx.Merge.NONE, ParagraphAlignment.CENTER);
        }
        if (numberingRow) {
            XWPFTableRow numbers = Docx.row(table, false);
            numbers.setRepeatHeader(true);
            for (int c = 0; c < columns.size(); c++) {
                Docx.cell(numbers, c, widths[c], String.valueOf(c + 1), false, null, Docx.Merge.NONE, ParagraphAlignment.CENTER);
            }
        }
        for (PrintedList.Line line : lines) {
            XWPFTableRow row = Docx.row(table, false);
            for (int c = 0; c < columns.size(); c++) {
                int span = columns.get(c).span(line);
                Docx.Merge merge = span == 0 ? Docx.Merge.CONTINUE : span > 1 ? Docx.Merge.RESTART : Docx.Merge.NONE;
                Docx.cell(row, c, widths[c], line.cells().get(c), false, null, merge, ParagraphAlignment.LEFT);
            }
        }
    }
}
