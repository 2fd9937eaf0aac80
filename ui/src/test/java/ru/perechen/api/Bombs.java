package ru.perechen.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The worst list files the upload check lets through: under 10 MB on the wire, XML parts that inflate to just
 * under its limits (100 MB a part, 200 MB in all). The workbook has two visible sheets of 20,000 rows of 40 text
 * cells, every cell different; the document one table of 20,000 rows of 100 cells. Each is built from a real
 * file whose parts are replaced by generated XML, written straight into the archive.
 */
final class Bombs {

    /** Under UploadGuard's 100 MB per part, and two of them under its 200 MB in all. */
    static final long PART_BUDGET = 99L * 1024 * 1024;
    static final int ROWS = 20_000;

    private Bombs() {
    }

    static byte[] workbook() {
        String[] letters = new String[40];
        for (int c = 0; c < letters.length; c++) {
            letters[c] = CellReference.convertNumToColString(c);
        }
        SplittableRandom random = new SplittableRandom(1);
        return rebuilt(skeletonWorkbook(), name -> name.matches("xl/worksheets/sheet[12]\\.xml"),
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
                "</sheetData></worksheet>", r -> {
                    StringBuilder row = new StringBuilder(8192).append("<row r=\"").append(r).append("\">");
                    for (int c = 0; c < letters.length; c++) {
                        row.append("<c r=\"").append(letters[c]).append(r).append("\" t=\"inlineStr\"><is><t>Точка взаимодействия с заявителем № ")
                                .append(Long.toString(random.nextLong(1L << 16), 36)).append("</t></is></c>");
                    }
                    return row.append("</row>").toString();
                });
    }

    static byte[] document() {
        SplittableRandom random = new SplittableRandom(2);
        return rebuilt(skeletonDocument(), name -> name.equals("word/document.xml"),
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>",
                "</w:tbl><w:sectPr/></w:body></w:document>", r -> {
                    StringBuilder row = new StringBuilder(8192).append("<w:tr>");
                    for (int c = 0; c < 100; c++) {
                        row.append("<w:tc><w:p><w:r><w:t>Точка № ").append(Long.toString(random.nextLong(1L << 10), 36))
                                .append("</w:t></w:r></w:p></w:tc>");
                    }
                    return row.append("</w:tr>").toString();
                });
    }

    private static byte[] skeletonWorkbook() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Перечень").createRow(0).createCell(0).setCellValue("x");
            book.createSheet("Продолжение").createRow(0).createCell(0).setCellValue("x");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] skeletonDocument() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("x");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The skeleton's parts, those {@code replaced} written as head, rows until the part's budget, tail. */
    private static byte[] rebuilt(byte[] skeleton, java.util.function.Predicate<String> replaced, String head, String tail,
                                  IntFunction<String> row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(11 * 1024 * 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (replaced.test(entry.getName())) {
                    part(zip, head, tail, row);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void part(OutputStream zip, String head, String tail, IntFunction<String> rows) throws IOException {
        Counting counted = new Counting(zip);
        Writer xml = new OutputStreamWriter(counted, StandardCharsets.UTF_8);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + head);
        for (int r = 1; r <= ROWS; r++) {
            String row = rows.apply(r);
            xml.flush();
            if (counted.count + row.length() * 2L + tail.length() > PART_BUDGET) {
                break;
            }
            xml.write(row);
        }
        xml.write(tail);
        xml.flush();
    }

    private static final class Counting extends OutputStream {
        private final OutputStream out;
        long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
