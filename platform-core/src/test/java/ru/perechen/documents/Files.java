package ru.perechen.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Builds the files the import tests read: spreadsheets and documents in the shapes agencies have. */
final class Files {

    private Files() {
    }

    /** A one-sheet workbook of text rows, with merged ranges such as "A5:G5". */
    static byte[] xlsx(List<List<String>> rows, List<String> merges) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Перечень");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            merges.forEach(m -> sheet.addMergedRegion(CellRangeAddress.valueOf(m)));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of tables, each a list of text rows (line breaks become paragraphs). */
    static byte[] docx(List<List<List<String>>> tables) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Перечень точек взаимодействия");
            for (List<List<String>> rows : tables) {
                XWPFTable table = doc.createTable(rows.size(), rows.getFirst().size());
                for (int r = 0; r < rows.size(); r++) {
                    XWPFTableRow row = table.getRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String[] lines = rows.get(r).get(c).split("\n");
                        var cell = row.getCell(c);
                        cell.getParagraphs().getFirst().createRun().setText(lines[0]);
                        for (int i = 1; i < lines.length; i++) {
                            cell.addParagraph().createRun().setText(lines[i]);
                        }
                    }
                }
                doc.createParagraph().createRun().setText(" ");
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A document shaped as Word saves a hand-made list: the header marked to repeat on every page, a
     * numbering row, cells merged down (a cell reading "^" continues the one above), a direction row
     * spanning the table (a row of one cell), and line breaks inside one paragraph (Shift+Enter).
     */
    static byte[] wordStyle(int columns, List<List<String>> rows) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Приложение к приказу");
            XWPFTable table = doc.createTable(rows.size(), columns);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<String> cells = rows.get(r);
                if (r == 0) {
                    row.setRepeatHeader(true);
                }
                if (cells.size() == 1) {
                    while (row.getTableCells().size() > 1) {
                        row.removeCell(row.getTableCells().size() - 1);
                    }
                    var properties = row.getCell(0).getCTTc().isSetTcPr() ? row.getCell(0).getCTTc().getTcPr()
                            : row.getCell(0).getCTTc().addNewTcPr();
                    properties.addNewGridSpan().setVal(java.math.BigInteger.valueOf(columns));
                }
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.getCell(c);
                    var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    String text = cells.get(c);
                    boolean continues = text.equals("^");
                    boolean restarts = !continues && r + 1 < rows.size() && rows.get(r + 1).size() > c
                            && rows.get(r + 1).size() > 1 && rows.get(r + 1).get(c).equals("^");
                    if (continues) {
                        properties.addNewVMerge();
                        continue;
                    }
                    if (restarts) {
                        properties.addNewVMerge().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
                    }
                    var run = cell.getParagraphs().getFirst().createRun();
                    String[] lines = text.split("\n");
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            run.addBreak();
                        }
                        run.setText(lines[i], i);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An archive of named text entries, exactly as given (for hostile and broken files). */
    static byte[] zip(String... namesAndContents) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
