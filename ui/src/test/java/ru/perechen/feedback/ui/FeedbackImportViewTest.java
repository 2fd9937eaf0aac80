package ru.perechen.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.Channel;
import ru.perechen.feedback.FeedbackImportPreview;
import ru.perechen.feedback.FeedbackResponse;
import ru.perechen.feedback.FeedbackResponses;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.Field;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * Loading feedback from a file without a browser, on Минпромнауки Мордовии: the preview counts the rows
 * and names a row's problem, the default channel and a column's mapping re-read the file, the
 * confirmation stores every row, and the same file a second time stores nothing.
 */
class FeedbackImportViewTest extends BrowserlessAgencyTest {

    static final String SLUG = "minpromnauki-rm";
    static final Instant ALWAYS_FROM = Instant.EPOCH;
    static final Instant ALWAYS_TO = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired FeedbackSetup setup;
    @Autowired FeedbackResponses responses;
    @Autowired TouchpointService touchpoints;

    @Test
    @SuppressWarnings("unchecked")
    void an_uploaded_file_is_previewed_with_its_rows_and_stored_once_confirmed() {
        signIn("mpn.admin");
        if (!setup.settings().enabled()) {
            setup.change(true, 70, 10, setup.settings().version());
        }
        navigate(PaperEntryView.class, Map.of("agency", SLUG));
        assertThat($(RouterLink.class).id("entry-import").getHref()).isEqualTo("agency/" + SLUG + "/feedback/import");

        navigate(FeedbackImportView.class, Map.of("agency", SLUG));
        String desk = touchpoints.list().stream().filter(t -> !t.retired()).map(Touchpoint::name).findFirst().orElseThrow();
        byte[] file = ("Канал;Точка взаимодействия;5(15);19;21;23;Оценка срока\n"
                + "Телефон;" + desk + ";Лично в органе власти;1;1;5;4\n"
                + ";;Онлайн на сайте органа власти;2;2;2;1\n").getBytes(StandardCharsets.UTF_8);
        int before = responses.between(ALWAYS_FROM, ALWAYS_TO).size();
        Upload upload = $(Upload.class).id("feedback-import-upload");
        test(upload).upload("звонки.csv", "text/csv", file);

        assertThat($(Paragraph.class).id("feedback-import-summary").getText())
                .isEqualTo("Строк с отзывами: 2. Будут загружены: 1, с ошибками: 1, уже загружено: 0.");
        Grid<FeedbackImportPreview.Row> rows = (Grid<FeedbackImportPreview.Row>) $(Grid.class).id("feedback-import-rows");
        assertThat(test(rows).size()).as("only the row with a problem").isEqualTo(1);
        assertThat(test(rows).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(rows).getCellText(0, 5))
                .isEqualTo("канал не указан: заполните столбец «Канал» или выберите канал по умолчанию");
        assertThat($(Button.class).id("feedback-import-confirm").isEnabled()).isFalse();

        test((Select<Channel>) $(Select.class).id("feedback-import-channel")).selectItem("Обращение по почтовому адресу");
        test((Select<FeedbackImportPreview.Choice>) $(Select.class).id("feedback-import-map-7"))
                .selectItem("17(29). Насколько Вы удовлетворены сроком предоставления меры государственной поддержки");
        assertThat($(Paragraph.class).id("feedback-import-summary").getText())
                .isEqualTo("Строк с отзывами: 2. Будут загружены: 2, с ошибками: 0, уже загружено: 0.");
        Button confirm = $(Button.class).id("feedback-import-confirm");
        assertThat(confirm.getText()).isEqualTo("Загрузить ответы из файла: 2");
        test(confirm).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Загружено ответов: 2");

        List<FeedbackResponse> all = responses.between(ALWAYS_FROM, ALWAYS_TO);
        assertThat(all).hasSize(before + 2);
        assertThat(all).filteredOn(r -> r.channel() == Channel.POST && Field.ONLINE.equals(r.answers().value(Field.WAY)))
                .singleElement().satisfies(r -> {
                    assertThat(r.answers().values()).containsEntry(Field.TIMELINESS, "1").containsEntry(Field.INFORMATION, "2");
                    assertThat(r.touchpointName()).isNull();
                    assertThat(r.enteredBy()).isEqualTo("Анна Админова");
                });
        assertThat(all).filteredOn(r -> r.channel() == Channel.PHONE && desk.equals(r.touchpointName())).isNotEmpty();

        test(upload).upload("звонки.csv", "text/csv", file);
        assertThat($(Paragraph.class).id("feedback-import-summary").getText())
                .isEqualTo("Строк с отзывами: 2. Будут загружены: 0, с ошибками: 0, уже загружено: 2.");
        assertThat($(Button.class).id("feedback-import-confirm").isEnabled()).isFalse();
        assertThat(responses.between(ALWAYS_FROM, ALWAYS_TO)).hasSize(before + 2);
    }
}
