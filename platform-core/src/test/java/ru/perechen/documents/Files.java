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
