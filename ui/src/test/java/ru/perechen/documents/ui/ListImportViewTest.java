package ru.perechen.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.documents.DocumentFormat;
import ru.perechen.documents.ListExportService;
import ru.perechen.uitest.BrowserlessAgencyTest;
import ru.perechen.workflow.ChangeRequestService;

/**
 * The import page without a browser, on Минпромторг НСО: a hostile file is refused with its reason,
 * the exported list comes back with nothing to change, and an edited one becomes a draft request.
 */
class ListImportViewTest extends BrowserlessAgencyTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired ListExportService exports;
    @Autowired ChangeRequestService requests;

    @Test
    void a_refused_file_says_why_an_unchanged_one_offers_nothing_and_an_edited_one_becomes_a_draft() throws Exception {
        signIn("mpt.admin");
        navigate(ListImportView.class, Map.of("agency", "minpromtorg-nso"));
        Upload upload = $(Upload.class).id("list-import-upload");

        test(upload).upload("перечень.xlsm", XLSX, new byte[] {'P', 'K', 3, 4});
        assertThat($(Paragraph.class).id("list-import-refused").getText())
                .isEqualTo("Файл «перечень.xlsm» не принят: файлы с макросами не принимаются; сохраните файл как обычную книгу XLSX"
                        + " или документ DOCX");

        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        exports.export(1, DocumentFormat.XLSX, exported);
        test(upload).upload("перечень.xlsx", XLSX, exported.toByteArray());
        assertThat($(Paragraph.class).id("list-import-hint").getText()).contains("изменений нет");
        assertThat($(Button.class).id("list-import-confirm").isEnabled()).isFalse();

        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported.toByteArray()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = book.getSheetAt(0).getRow(6);
            int last = row.getLastCellNum() - 1;
            row.removeCell(row.getCell(last));
            row.createCell(last).setCellValue("Консультации по записи");
            book.write(out);
            edited = out.toByteArray();
        }
        int before = requests.all().size();
        test(upload).upload("перечень.xlsx", XLSX, edited);
        assertThat($(Paragraph.class).id("list-import-summary").getText()).contains("изменить: 1");
        test($(Button.class).id("list-import-confirm")).click();
        assertThat(requests.all()).hasSize(before + 1);
        assertThat(requests.all().getFirst().items()).hasSize(1);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ChangeRequestView");
    }
}
