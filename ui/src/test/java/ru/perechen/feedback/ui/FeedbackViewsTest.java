package ru.perechen.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.feedback.Channel;
import ru.perechen.feedback.FeedbackResponse;
import ru.perechen.feedback.FeedbackResponses;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.TouchpointLink;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * The responsible unit's feedback pages without a browser, on Минпромнауки Мордовии (feedback off in the
 * demo data until a test switches it on): the settings, the links with their QR codes and paper form, and
 * paper forms typed in by their codes.
 */
class FeedbackViewsTest extends BrowserlessAgencyTest {

    static final String SLUG = "minpromnauki-rm";
    static final Instant ALWAYS_FROM = Instant.EPOCH;
    static final Instant ALWAYS_TO = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired FeedbackSetup setup;
    @Autowired FeedbackResponses responses;

    @BeforeEach
    void sign_in_as_the_agency_admin() {
        signIn("mpn.admin");
    }

    @Test
    void switching_feedback_on_shows_the_links_whose_qr_codes_and_paper_form_carry_them() throws Exception {
        navigate(FeedbackView.class, Map.of("agency", SLUG));
        if (!setup.settings().enabled()) {
            assertThat($(Paragraph.class).id("feedback-off").getText()).startsWith("Обратная связь выключена");
        }

        // a threshold out of range is shown at the field, and nothing is stored
        test($(Checkbox.class).id("feedback-enabled")).click();
        IntegerField threshold = $(IntegerField.class).id("feedback-threshold");
        threshold.setValue(0); // typed by hand: the tester itself refuses a value below the field's minimum
        test($(Button.class).id("feedback-save")).click();
        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("порог удовлетворенности — от 1 до 100 %");

        test(threshold).setValue(75);
        if (!$(Checkbox.class).id("feedback-enabled").getValue()) {
            test($(Checkbox.class).id("feedback-enabled")).click();
        }
        test($(Button.class).id("feedback-save")).click();
        assertThat(setup.settings().enabled()).isTrue();
        assertThat(setup.settings().thresholdPercent()).isEqualTo(75);
        assertThat($(Span.class).id("feedback-survey").getText()).startsWith("Действующая анкета: версия № 1 — Опрос для проведения оценки");

        @SuppressWarnings("unchecked")
        Grid<TouchpointLink> grid = (Grid<TouchpointLink>) $(Grid.class).id("feedback-links");
        assertThat(test(grid).size()).isPositive();
        TouchpointLink first = test(grid).getRow(0);
        String href = ((Anchor) test(grid).getCellComponent(0, "link")).getHref();
        assertThat(href).as("absolute, from the request").matches("https?://[^/]+.*").endsWith("/feedback/" + SLUG + "/" + first.token());
        assertThat($(TextArea.class).id("letter-text").getValue()).isEqualTo("Для оценки уровня Вашей удовлетворенности при взаимодействии с "
                + "Минпромнауки Мордовии при подаче и рассмотрении Вашего обращения просим Вас пройти краткий опрос удобным для Вас способом: "
                + href);

        Component downloads = test(grid).getCellComponent(0, "downloads");
        byte[] png = download(downloads, "png");
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(QrCodesTest.decode(png)).isEqualTo(href);
        String svg = new String(download(downloads, "svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("<svg", "<rect", "<path");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(downloads, "docx")));
             XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            String text = words.getText();
            assertThat(text).contains("Министерство промышленности, науки и новых технологий Республики Мордовия", first.touchpointName(),
                    "5(15). Способ получения меры поддержки", "2(4). Онлайн на сайте органа власти", "17(29).",
                    "(Вопрос задаётся, если в вопросе 8(19) выбран ответ 2.)", "Уточните, пожалуйста, с какими конкретно сложностями", "☐");
            assertThat(docx.getAllPictures()).hasSize(1);
            assertThat(QrCodesTest.decode(docx.getAllPictures().getFirst().getData())).isEqualTo(href);
        }

        // someone else saves meanwhile: this form's save says so and shows what is stored
        setup.change(true, 80, 10, setup.settings().version());
        test($(IntegerField.class).id("feedback-due")).setValue(12);
        test($(Button.class).id("feedback-save")).click();
        assertThat($(Span.class).id("feedback-stale").getText()).startsWith("Настройки только что изменил другой сотрудник");
        assertThat($(IntegerField.class).id("feedback-threshold").getValue()).isEqualTo(80);
        assertThat(setup.settings().reportDueWorkingDays()).isEqualTo(10);
    }

    @Test
    void a_paper_form_typed_by_its_codes_is_stored_and_refusals_show_at_their_fields() {
        if (!setup.settings().enabled()) {
            setup.change(true, 70, 10, setup.settings().version());
        }
        int before = responses.between(ALWAYS_FROM, ALWAYS_TO).size();
        navigate(PaperEntryView.class, Map.of("agency", SLUG));
        assertThat($(TextField.class).id("code-15").getLabel()).isEqualTo("5(15). Способ получения меры поддержки");
        assertThat($(TextField.class).id("code-15").getHelperText()).isEqualTo("1 — Лично в органе власти; 4 — Онлайн на сайте органа власти");

        // an option the question has not, and an online question after «in person»: each at its field, nothing stored
        type(Map.of("15", "3", "17", "2", "19", "1", "21", "1", "23", "4", "24", "4", "29", "5"));
        test($(Button.class).id("entry-save")).click();
        assertThat($(TextField.class).id("code-15").getErrorMessage()).isEqualTo("в вопросе 5(15) нет варианта с кодом 3");
        type(Map.of("15", "1", "27", "3", "25", "5", "26", "5"));
        test($(TextField.class).id("entry-contact")).setValue("+7 900 000-00-00");
        test($(Button.class).id("entry-save")).click();
        assertThat($(TextField.class).id("code-27").getErrorMessage()).startsWith("вопрос 15(27) не задаётся");
        assertThat($(Checkbox.class).id("entry-consent").getErrorMessage()).startsWith("отметьте согласие");
        assertThat(responses.between(ALWAYS_FROM, ALWAYS_TO)).hasSize(before);

        test($(TextField.class).id("code-27")).setValue("");
        test($(TextField.class).id("code-23")).setValue("2");
        test($(TextField.class).id("difficulty-23")).setValue("Долго искал порядок на сайте");
        test($(TextField.class).id("code-18")).setValue("15.01.2025 10:30");
        test($(Checkbox.class).id("entry-consent")).click();
        test($(Button.class).id("entry-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Анкета сохранена");
        assertThat($(Span.class).id("entry-count").getText()).isEqualTo("Сохранено анкет: 1");
        assertThat($(TextField.class).id("code-15").getValue()).isEmpty();

        List<FeedbackResponse> all = responses.between(ALWAYS_FROM, ALWAYS_TO);
        assertThat(all).hasSize(before + 1);
        FeedbackResponse stored = all.stream().filter(r -> r.channel() == Channel.PAPER_FORM && "Долго искал порядок на сайте"
                .equals(r.answers().difficulties().get(Field.INFORMATION))).findFirst().orElseThrow();
        assertThat(stored.answers().values()).containsEntry(Field.WAY, Field.IN_PERSON).containsEntry(Field.APPLICANT, Field.LEGAL)
                .containsEntry(Field.PROVIDED, Field.YES).containsEntry(Field.INFORMATION, "2").containsEntry(Field.POLITENESS, "5")
                .containsEntry(Field.RECEIVED_ON, "2025-01-15T10:30").doesNotContainKey(Field.INTERFACE);
        assertThat(stored.answers().contact()).isEqualTo("+7 900 000-00-00");
        assertThat(stored.touchpointName()).isNotBlank();
        assertThat(stored.enteredBy()).isEqualTo("Анна Админова");
    }

    private void type(Map<String, String> byCode) {
        byCode.forEach((code, value) -> test($(TextField.class).id("code-" + code)).setValue(value));
    }

    private byte[] download(Component downloads, String kind) {
        Anchor anchor = downloads.getChildren().filter(c -> kind.equals(c.getElement().getAttribute("data-download")))
                .map(Anchor.class::cast).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(anchor).download(out);
        return out.toByteArray();
    }
}
