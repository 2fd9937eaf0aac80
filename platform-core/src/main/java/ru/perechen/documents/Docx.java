package ru.perechen.documents;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The Word building blocks of the printed documents: landscape A4 pages, title lines, fixed tables. */
final class Docx {

    /** Landscape A4 in twentieths of a point, and the margins (2 cm left, 1.5 cm elsewhere). */
    private static final int PAGE_W = 16838;
    private static final int PAGE_H = 11906;
    private static final int MARGIN_LEFT = 1134;
    private static final int MARGIN = 850;
    static final int TEXT_WIDTH = PAGE_W - MARGIN_LEFT - MARGIN;
    static final String FONT = "Times New Roman";

    private Docx() {
    }

    static XWPFDocument landscape() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        return doc;
    }

    static void line(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold, int points) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, bold, points);
    }

    /** A table of fixed column widths over the page's text width, proportional to the weights. */
    static XWPFTable table(XWPFDocument doc, int[] weights) {
        XWPFTable table = doc.createTable(1, weights.length);
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips(weights)) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        return table;
    }

    /** The first row of a new table, or a new row after the last. */
    static XWPFTableRow row(XWPFTable table, boolean first) {
        return first ? table.getRow(0) : table.createRow();
    }

    static void cell(XWPFTableRow row, int index, int width, String text, boolean bold, String shade, Merge merge,
                     ParagraphAlignment alignment) {
        XWPFTableCell cell = row.getCell(index);
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (merge == Merge.RESTART) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
        } else if (merge == Merge.CONTINUE) {
            properties.addNewVMerge();
        }
        if (shade != null) {
            cell.setColor(shade);
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
        List<String> lines = merge == Merge.CONTINUE || text == null ? List.of("") : List.of(text.split("\n", -1));
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                paragraph = cell.addParagraph();
            }
            paragraph.setAlignment(alignment);
            paragraph.setSpacingAfter(0);
            run(paragraph, lines.get(i), bold, 10);
        }
    }

    static int[] twips(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int[] result = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            result[i] = TEXT_WIDTH * weights[i] / Math.max(1, total);
        }
        return result;
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int points) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setText(text);
    }

    /** Whether a cell opens a vertical merge, continues one, or stands alone. */
    enum Merge { NONE, RESTART, CONTINUE }
}
