package ru.perechen.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the corpus is refused with its own message, before or while it is read; the refusals
 * are what the upload shows. The corpus is written to target/bad-files to look at.
 */
class BadFilesTest {

    static List<BadFiles.Case> corpus() {
        return BadFiles.all();
    }

    @Test
    void the_corpus_has_at_least_thirty_cases_and_is_kept_for_inspection() throws Exception {
        List<BadFiles.Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        Path dir = Path.of("target", "bad-files");
        java.nio.file.Files.createDirectories(dir);
        for (int i = 0; i < cases.size(); i++) {
            java.nio.file.Files.write(dir.resolve(String.format("%02d-%s", i + 1, cases.get(i).fileName())),
                    cases.get(i).bytes());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void a_bad_file_is_refused_with_its_reason(BadFiles.Case bad) {
        DocumentRejectedException refused = catchThrowableOfType(DocumentRejectedException.class, () -> {
            DocumentFormat format = UploadGuard.check(bad.fileName(), bad.bytes());
            TableReader.read(format, bad.bytes());
        });
        assertThat(refused).as(bad.name()).isNotNull();
        assertThat(refused.messageKey()).as(bad.name()).isEqualTo(bad.refusal());
    }

    @Test
    void web_and_mail_hyperlinks_in_list_cells_are_accepted_and_a_link_to_a_file_is_not() throws Exception {
        byte[] linked = workbookWithLinks(org.apache.poi.common.usermodel.HyperlinkType.URL, "https://mpt.nso.ru/услуги",
                org.apache.poi.common.usermodel.HyperlinkType.EMAIL, "mailto:priem@mpt.nso.ru");
        assertThat(UploadGuard.check("list.xlsx", linked)).isEqualTo(DocumentFormat.XLSX);
        assertThat(TableReader.read(DocumentFormat.XLSX, linked)).isNotEmpty();
        byte[] document;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createHyperlinkRun("https://www.gosuslugi.ru/").setText("Госуслуги");
            doc.write(out);
            document = out.toByteArray();
        }
        assertThat(UploadGuard.check("list.docx", document)).isEqualTo(DocumentFormat.DOCX);
        byte[] toFile = workbookWithLinks(org.apache.poi.common.usermodel.HyperlinkType.FILE, "file:///C:/Windows/System32/calc.exe",
                org.apache.poi.common.usermodel.HyperlinkType.URL, "https://mpt.nso.ru/");
        assertThat(catchThrowableOfType(DocumentRejectedException.class, () -> UploadGuard.check("list.xlsx", toFile)).messageKey())
                .isEqualTo("import.reject.external-file");
    }

    private static byte[] workbookWithLinks(org.apache.poi.common.usermodel.HyperlinkType firstType, String first,
                                            org.apache.poi.common.usermodel.HyperlinkType secondType, String second) throws Exception {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Перечень");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Наименование конкретного процесса");
            header.createCell(1).setCellValue("Точка взаимодействия");
            String[] targets = {first, second};
            org.apache.poi.common.usermodel.HyperlinkType[] types = {firstType, secondType};
            for (int i = 0; i < 2; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("Процесс " + i);
                var cell = row.createCell(1);
                cell.setCellValue("Сайт");
                var link = book.getCreationHelper().createHyperlink(types[i]);
                link.setAddress(targets[i]);
                cell.setHyperlink(link);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_formula_is_refused_with_its_sheet_and_cell() {
        BadFiles.Case formula = corpus().stream().filter(c -> c.refusal().equals("import.reject.formula")).findFirst().orElseThrow();
        DocumentRejectedException refused = catchThrowableOfType(DocumentRejectedException.class,
                () -> TableReader.read(UploadGuard.check(formula.fileName(), formula.bytes()), formula.bytes()));
        assertThat(refused.arguments()).containsExactly("Перечень", "B2");
    }
}
