package ru.perechen.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.feedback.Quarter;
import ru.perechen.feedback.UnitReport;
import ru.perechen.feedback.UnitReportService;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * Приложение № 2 on Минэкономразвития НСО's demo data, without a browser: the editor (a member of the support
 * unit) enters the clients served, is told at the line when a number is below the feedback, sends it; the admin
 * (who heads the demo units) signs; the files carry the form's columns and the signed figures.
 */
class UnitReportViewTest extends BrowserlessAgencyTest {

    static final String SLUG = "minek-nso";

    @Autowired UnitReportService reports;
    @Autowired OrgUnitService units;

    @Test
    void the_member_enters_and_sends_the_head_signs_and_the_files_say_what_was_signed() throws Exception {
        Quarter quarter = Quarter.of(LocalDate.now(Quarter.ZONE)).previous();
        signIn("minek.editor");
        OrgUnit support = TenantContext.callAsAgency(directory.findBySlug(SLUG).orElseThrow().id(), units::list).stream()
                .filter(u -> u.name().equals("Отдел государственной поддержки")).findFirst().orElseThrow();
        navigate(UnitReportsView.class, Map.of("agency", SLUG));
        @SuppressWarnings("unchecked")
        Grid<UnitReport> overview = (Grid<UnitReport>) $(Grid.class).id("reports");
        assertThat(test(overview).size()).isPositive();
        assertThat(test(overview).getRow(0).unitName()).isNotBlank();

        navigate(UnitReportView.class, Map.of("agency", SLUG, "unit", support.id().toString(), "quarter", quarter.toString()));
        assertThat($(Paragraph.class).id("report-heading").getText())
                .isEqualTo("об уровне удовлетворенности внешних клиентов действующими в министерстве экономического развития "
                        + "Новосибирской области механизмами предоставления мер государственной поддержки");
        UnitReport shown = reports.report(support.id(), quarter);
        assertThat(shown.lines()).isNotEmpty();
        List<IntegerField> served = $(IntegerField.class).all();
        assertThat(served).hasSize(shown.lines().size());
        // one line fewer than its feedback: refused at that line, nothing sent
        long feedback = shown.lines().getFirst().feedback();
        test(served.getFirst()).setValue((int) Math.max(0, feedback - 1));
        for (int i = 1; i < served.size(); i++) {
            test(served.get(i)).setValue(500 + i);
        }
        test($(Button.class).id("report-submit")).click();
        if (feedback > 0) {
            assertThat(served.getFirst().isInvalid()).isTrue();
            assertThat(served.getFirst().getErrorMessage()).isEqualTo("Клиентов не может быть меньше, чем оставивших обратную связь ("
                    + feedback + ")");
            assertThat(reports.report(support.id(), quarter).status()).as("one action, one transaction: nothing stored")
                    .isEqualTo(UnitReport.Status.NOT_STARTED);
            served = $(IntegerField.class).all();
            test(served.getFirst()).setValue(1000);
            test($(Button.class).id("report-submit")).click();
        }
        assertThat(reports.report(support.id(), quarter).status()).isEqualTo(UnitReport.Status.SUBMITTED);
        assertThat($(Paragraph.class).id("report-status").getText()).isEqualTo("Состояние: на подписи у руководителя");

        signIn("minek.admin");
        navigate(UnitReportView.class, Map.of("agency", SLUG, "unit", support.id().toString(), "quarter", quarter.toString()));
        test($(Button.class).id("report-sign")).click();
        assertThat($(Paragraph.class).id("report-status").getText()).isEqualTo("Состояние: подписана");
        assertThat($(Paragraph.class).id("report-signed").getText()).startsWith("Подписал руководитель: Анна Админова");
        assertThat($(Button.class).withId("report-sign").exists()).isFalse();

        UnitReport signed = reports.report(support.id(), quarter);
        var agency = directory.findBySlug(SLUG).orElseThrow();
        UnitReportFiles files = new UnitReportFiles((key, params) -> getTranslationRu(key, params));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.xlsx(agency, signed)))) {
            var sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("ИНФОРМАЦИЯ");
            assertThat(cells.formatCellValue(sheet.getRow(6).getCell(2)))
                    .isEqualTo("Общее количество клиентов, взаимодействовавших с министерством за отчетный период, человек");
            assertThat(cells.formatCellValue(sheet.getRow(7).getCell(2))).isEqualTo("1000");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.docx(agency, signed)))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("за период " + UnitReportFiles.period(quarter), "Отдел государственной поддержки",
                    "Руководитель структурного подразделения _______________ Анна Админова", "Итого");
        }
    }

    private String getTranslationRu(String key, Object... params) {
        return com.vaadin.flow.i18n.I18NProvider.class.cast(
                com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator().getI18NProvider())
                .getTranslation(key, java.util.Locale.of("ru"), params);
    }
}
