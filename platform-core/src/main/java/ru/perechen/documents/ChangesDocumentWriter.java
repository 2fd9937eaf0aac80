package ru.perechen.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListVersion;

/**
 * The changes an enacted request made, as the DOCX attached to its order: the rows included (in the
 * list's printed columns), the rows excluded, and the rows changed with each changed column before
 * and after.
 */
public final class ChangesDocumentWriter {

    private static final int[] CHANGED_WEIGHTS = {22, 18, 12, 24, 24};

    private ChangesDocumentWriter() {
    }

    public static void write(String agencyName, ListVersion version, ListTemplate template, ListDiff diff, OutputStream out) {
        write(agencyName, PrintedList.appendix(version), version.requestNumber(), template, diff, out);
    }

    /** @param appendix the line above the title; @param requestNumber the request, or null */
    public static void write(String agencyName, String appendix, Integer requestNumber, ListTemplate template, ListDiff diff,
                             OutputStream out) {
        try (XWPFDocument doc = Docx.landscape()) {
            Docx.line(doc, appendix, ParagraphAlignment.RIGHT, false, 12);
            Docx.line(doc, PrintedTexts.text("changes.title"), ParagraphAlignment.CENTER, true, 14);
            Docx.line(doc, agencyName, ParagraphAlignment.CENTER, true, 14);
            if (requestNumber != null) {
                Docx.line(doc, PrintedTexts.text("changes.request", String.valueOf(requestNumber)),
                        ParagraphAlignment.CENTER, false, 12);
            }
            rows(doc, "changes.added", template, agencyName, appendix, diff, ListDiff.Kind.ADDED);
            rows(doc, "changes.excluded", template, agencyName, appendix, diff, ListDiff.Kind.EXCLUDED);
            changed(doc, diff);
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(XWPFDocument doc, String heading, ListTemplate template, String agencyName, String appendix,
                             ListDiff diff, ListDiff.Kind kind) {
        Docx.line(doc, PrintedTexts.text(heading), ParagraphAlignment.LEFT, true, 12);
        List<ListRow> rows = diff.rows().stream().filter(r -> r.kind() == kind).map(ListDiff.RowDiff::row).toList();
        if (rows.isEmpty()) {
            Docx.line(doc, PrintedTexts.text("changes.none"), ParagraphAlignment.LEFT, false, 12);
            return;
        }
        PrintedList printed = PrintedList.of(agencyName, appendix, template, rows);
        DocxListWriter.table(doc, printed.columns(), false, printed.lines());
    }

    private static void changed(XWPFDocument doc, ListDiff diff) {
        Docx.line(doc, PrintedTexts.text("changes.changed"), ParagraphAlignment.LEFT, true, 12);
        List<ListDiff.RowDiff> changed = diff.rows().stream().filter(r -> r.kind() == ListDiff.Kind.CHANGED).toList();
        if (changed.isEmpty()) {
            Docx.line(doc, PrintedTexts.text("changes.none"), ParagraphAlignment.LEFT, false, 12);
            return;
        }
        int[] widths = Docx.twips(CHANGED_WEIGHTS);
        XWPFTable table = Docx.table(doc, CHANGED_WEIGHTS);
        XWPFTableRow header = Docx.row(table, true);
        header.setRepeatHeader(true);
        String[] titles = {PrintedTexts.text("field.PROCESS"), PrintedTexts.text("field.TOUCHPOINT"),
                PrintedTexts.text("changes.field"), PrintedTexts.text("changes.before"), PrintedTexts.text("changes.after")};
        for (int c = 0; c < titles.length; c++) {
            Docx.cell(header, c, widths[c], titles[c], true, "D9D9D9", Docx.Merge.NONE, ParagraphAlignment.CENTER);
        }
        for (ListDiff.RowDiff row : changed) {
            ListRow before = row.before();
            for (int i = 0; i < row.cells().size(); i++) {
                ListDiff.CellChange cell = row.cells().get(i);
                XWPFTableRow line = Docx.row(table, false);
                Docx.Merge merge = row.cells().size() == 1 ? Docx.Merge.NONE : i == 0 ? Docx.Merge.RESTART : Docx.Merge.CONTINUE;
                Docx.cell(line, 0, widths[0], before.processName() + (before.unitName() == null ? "" : "\n(" + before.unitName() + ")"),
                        false, null, merge, ParagraphAlignment.LEFT);
                Docx.cell(line, 1, widths[1], before.touchpointName(), false, null, merge, ParagraphAlignment.LEFT);
                Docx.cell(line, 2, widths[2], PrintedTexts.text("field." + cell.field().name()), false, null, Docx.Merge.NONE,
                        ParagraphAlignment.LEFT);
                Docx.cell(line, 3, widths[3], cell.before() == null ? "—" : cell.before(), false, null, Docx.Merge.NONE,
                        ParagraphAlignment.LEFT);
                Docx.cell(line, 4, widths[4], cell.after() == null ? "—" : cell.after(), false, null, Docx.Merge.NONE,
                        ParagraphAlignment.LEFT);
            }
        }
    }
}
