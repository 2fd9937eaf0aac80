package ru.perechen.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.register.ListService;
import ru.perechen.uitest.BrowserlessAgencyTest;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ChangeStatus;

/**
 * The request pages without a browser, on Минэкономразвития НСО (unit head → cc-deputy, then the
 * order): the editor drafts and is told what is missing, the approvers find it in their inbox.
 */
class ChangeRequestViewsTest extends BrowserlessAgencyTest {

    @Autowired ChangeRequestService requests;
    @Autowired ListService list;

    @Test
    void the_editor_is_told_what_is_missing_and_the_approvers_find_the_request_in_their_inbox_until_it_is_enacted() {
        signIn("minek.editor");
        navigate(ChangeRequestsView.class, Map.of("agency", "minek-nso"));
        test($(Button.class).id("new-request")).click();
        test($(TextField.class).id("request-title")).setValue("ЕПГУ для консультаций");
        test($(Button.class).id("request-create")).click();
        assertThat(getCurrentView()).isInstanceOf(ChangeRequestView.class);
        assertThat($(HorizontalLayout.class).id("request-header").getElement().getTextRecursively()).contains("Черновик");

        test($(Button.class).id("add-row")).click();
        @SuppressWarnings("unchecked")
        ComboBox<AgencyProcess> process = (ComboBox<AgencyProcess>) $(ComboBox.class).id("row-process");
        test(process).selectItem("1. Консультирование получателей мер государственной поддержки");
        @SuppressWarnings("unchecked")
        ComboBox<Touchpoint> touchpoint = (ComboBox<Touchpoint>) $(ComboBox.class).id("row-touchpoint");
        test(touchpoint).selectItem("Электронная почта — цифровая");
        assertThat($(TextArea.class).id("row-specifics").getPlaceholder()).isEqualTo("взаимодействие в цифровой точке");
        test($(Button.class).id("row-save")).click();
        NeedsField needs = $(NeedsField.class).id("row-needs");
        assertThat(needs.isInvalid()).isTrue();
        assertThat(needs.getErrorMessage()).isEqualTo("Отметьте хотя бы одну удовлетворяемую потребность клиента (п. 2.7 Порядка)");
        test($(Checkbox.class).id("need-2")).click();
        test($(TextField.class).id("need-2-interaction")).setValue("Ответы на вопросы о мерах поддержки");
        test($(Button.class).id("row-save")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> diff = (Grid<Object>) $(Grid.class).id("request-diff");
        assertThat(test(diff).size()).isEqualTo(1);
        assertThat($(Div.class).id("request-findings").getElement().getTextRecursively()).contains("не нарушают правил Порядка");

        test($(Button.class).id("submit-request")).click();
        TextArea note = $(TextArea.class).id("request-note");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Порядок органа требует пояснительную записку");
        test(note).setValue("Консультации по мерам поддержки принимаются по электронной почте");
        test($(Button.class).id("submit-request")).click();
        assertThat($(HorizontalLayout.class).id("request-header").getElement().getTextRecursively()).contains("На согласовании");
        int number = requests.mine().getFirst().number();

        // the unit head (in this agency the admin heads the units) finds it in the inbox
        signIn("minek.admin");
        navigate(ChangeRequestsView.class, Map.of("agency", "minek-nso"));
        assertThat($(Tab.class).first().getLabel()).isEqualTo("Ожидают моего решения (1)");
        test($(Button.class).id("new-request")).isUsable();
        navigate(ChangeRequestView.class, Map.of("agency", "minek-nso", "number", String.valueOf(number)));
        test($(Button.class).id("approve-request")).click();
        test($(Button.class).id("decision-confirm")).click();
        assertThat(requests.get(number).currentStep()).isEqualTo(2);
        assertThat($(Button.class).withId("approve-request").exists()).isFalse();

        signIn("minek.cc");
        navigate(ChangeRequestsView.class, Map.of("agency", "minek-nso"));
        assertThat($(Tab.class).first().getLabel()).isEqualTo("Ожидают моего решения (1)");
        navigate(ChangeRequestView.class, Map.of("agency", "minek-nso", "number", String.valueOf(number)));
        test($(Button.class).id("approve-request")).click();
        test($(Button.class).id("decision-confirm")).click();
        assertThat(requests.get(number).status()).isEqualTo(ChangeStatus.APPROVED);
        int before = list.currentNumber();

        test($(Button.class).id("enact-request")).click();
        test($(Button.class).id("enact-confirm")).click();
        TextField act = $(TextField.class).id("act-number");
        assertThat(act.isInvalid()).isTrue();
        assertThat(act.getErrorMessage()).isEqualTo("Укажите номер приказа об утверждении");
        test(act).setValue("201-НПА");
        $(DatePicker.class).id("act-date").setValue(LocalDate.of(2026, 11, 30));
        test($(Button.class).id("enact-confirm")).click();
        ChangeRequest enacted = requests.get(number);
        assertThat(enacted.status()).isEqualTo(ChangeStatus.ENACTED);
        assertThat(list.currentNumber()).isEqualTo(before + 1);
        assertThat($(Div.class).id("request-facts").getElement().getTextRecursively()).contains("утверждена приказом от 30.11.2026 № 201-НПА");

        // the signed scan comes later; once there it is part of the record: a correction is attached beside it
        test($(com.vaadin.flow.component.upload.Upload.class).id("attach-scan")).upload("Приказ 201-НПА.pdf", "application/pdf",
                "%PDF-1.7 подписанный приказ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(requests.actScans(number)).hasSize(1);
        assertThat($(Button.class).withId("correct-scan").exists()).isTrue();
        test($(Button.class).id("correct-scan")).click();
        test($(Button.class).id("correction-confirm")).click();
        TextArea reason = $(TextArea.class).id("correction-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Укажите причину исправления скана приказа");
        test(reason).setValue("В скане не было листа согласования");
        test($(com.vaadin.flow.component.upload.Upload.class).id("correction-scan")).upload("Приказ 201-НПА (полный).pdf",
                "application/pdf", "%PDF-1.7 подписанный приказ с листом согласования".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        test($(Button.class).id("correction-confirm")).click();
        assertThat(requests.actScans(number)).extracting(s -> s.correctionReason())
                .containsExactly(null, "В скане не было листа согласования");
        assertThat($(Div.class).id("act-scans").getElement().getTextRecursively())
                .contains("«Приказ 201-НПА.pdf»", "прежний скан, сохранён в записи", "В скане не было листа согласования");
        navigate(ChangeRequestsView.class, Map.of("agency", "minek-nso"));
        assertThat($(Tab.class).first().getLabel()).isEqualTo("Ожидают моего решения (0)");
    }

    @Test
    void the_list_page_prints_the_agencys_columns_and_narrows_to_the_rows_a_finding_names() {
        signIn("mpn.viewer");
        navigate(ListView.class, Map.of("agency", "minpromnauki-rm"));
        @SuppressWarnings("unchecked")
        Grid<ListView.Line> grid = (Grid<ListView.Line>) $(Grid.class).id("touchpoint-list");
        var titles = grid.getHeaderRows().getFirst();
        assertThat(titles.getCell(grid.getColumns().getFirst()).getText()).isEqualTo("№");
        assertThat(titles.getCell(grid.getColumns().get(1)).getText()).isEqualTo("Направление деятельности");
        // the numbering row of 001 Приложение 2 under the titles
        assertThat(grid.getHeaderRows().get(1).getCell(grid.getColumns().get(5)).getText()).isEqualTo("6");
        long all = list.count(list.currentNumber(), ru.perechen.register.ListFilter.ALL);
        assertThat(test(grid).size()).isEqualTo((int) all);
        assertThat($(Span.class).id("list-count").getText()).isEqualTo("Строк: " + all);
        assertThat($(Button.class).withId("new-request").exists()).isFalse();

        test($(TextField.class).id("list-search")).setValue("обращений");
        assertThat(test(grid).size()).isBetween(1, (int) all - 1);
        assertThat($(Span.class).id("list-count").getText()).endsWith(" из " + all);
        ListView.Line first = test(grid).getRow(0);
        // an address with a version the agency does not have opens the version in force, not an error page
        com.vaadin.flow.component.UI.getCurrent().navigate("agency/minpromnauki-rm/list",
                com.vaadin.flow.router.QueryParameters.of("version", "999"));
        assertThat(getCurrentView()).isInstanceOf(ListView.class);
        assertThat($(Span.class).id("list-version").getText()).startsWith("Действующая редакция");
        assertThat(first.newGroup()).isTrue();
        assertThat(first.row().processName()).containsIgnoringCase("обращени");
    }
}
