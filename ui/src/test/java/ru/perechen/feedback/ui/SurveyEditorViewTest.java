package ru.perechen.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.PublicSurvey;
import ru.perechen.feedback.PublicSurveyService;
import ru.perechen.feedback.SurveyEditing;
import ru.perechen.feedback.SurveyVersionSummary;
import ru.perechen.feedback.TouchpointLink;
import ru.perechen.feedback.ui.SurveyDraft.QuestionDraft;
import ru.perechen.ui.AccessDeniedView;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * The survey editor without a browser, on ДИЗО НСО (no other test touches its feedback): a question
 * reworded and saved as a new version shows on the public survey, a refusal shows at its field, and the
 * first version is made current again; an editor is refused the page.
 */
class SurveyEditorViewTest extends BrowserlessAgencyTest {

    static final String SLUG = "dizo-nso";
    static final String REWORDED = "Насколько Вас устроил срок, за который Вам предоставили меру поддержки";

    @Autowired FeedbackSetup setup;
    @Autowired SurveyEditing editing;
    @Autowired PublicSurveyService publicSurveys;

    @Test
    void a_reworded_question_saved_as_a_new_version_is_what_the_public_survey_asks() {
        signIn("dizo.admin");
        if (!setup.settings().enabled()) {
            setup.change(true, 70, 10, setup.settings().version());
        }
        navigate(FeedbackView.class, Map.of("agency", SLUG));
        assertThat($(RouterLink.class).id("feedback-survey-edit-link").getText()).isEqualTo("Изменить анкету");
        int first = setup.survey().orElseThrow().number();
        int versionsBefore = editing.versions().size();
        int saved = editing.versions().getFirst().number() + 1;

        navigate(SurveyEditorView.class, Map.of("agency", SLUG));
        assertThat($(Span.class).id("survey-edit-current").getText()).startsWith("Действующая редакция № " + first + " — ");
        @SuppressWarnings("unchecked")
        Grid<QuestionDraft> grid = (Grid<QuestionDraft>) $(Grid.class).id("survey-questions");
        int timeliness = row(grid, Field.TIMELINESS);
        assertThat(test(grid).getCellText(timeliness, grid.getColumns().indexOf(grid.getColumnByKey("number")))).isEqualTo("17(29)");
        int politeness = row(grid, Field.POLITENESS);
        assertThat(test(grid).getCellText(politeness, grid.getColumns().indexOf(grid.getColumnByKey("asked"))))
                .isEqualTo("если в вопросе 5(15) выбран ответ 1 «Лично в органе власти»");

        // the in-person question keeps its condition: the editor shows it read-only, with the reason
        test(grid).select(politeness);
        assertThat($(Select.class).id("question-condition").isReadOnly()).isTrue();
        assertThat($(Checkbox.class).id("question-included").isReadOnly()).isTrue();

        // a code another question has: refused at the field, naming both questions, nothing stored
        test(grid).select(timeliness);
        test($(TextField.class).id("question-code")).setValue("28");
        test($(TextArea.class).id("question-text")).setValue(REWORDED);
        test($(TextField.class).id("survey-edit-title")).setValue("Редакция для приёмных");
        test($(Button.class).id("survey-edit-save")).click();
        assertThat($(TextField.class).id("question-code").isInvalid()).isTrue();
        assertThat($(TextField.class).id("question-code").getErrorMessage())
                .startsWith("вопрос 17(28): код 28 уже есть у вопроса 16(28)");
        assertThat(editing.versions()).hasSize(versionsBefore);

        test($(TextField.class).id("question-code")).setValue("29");
        test($(Button.class).id("survey-edit-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Сохранена редакция анкеты № " + saved + " — она уже действует");
        assertThat($(Span.class).id("survey-edit-current").getText()).isEqualTo("Действующая редакция № " + saved
                + " — Редакция для приёмных");
        assertThat(setup.survey().orElseThrow().number()).isEqualTo(saved);
        assertThat(test(grid).getCellText(row(grid, Field.TIMELINESS), grid.getColumns().indexOf(grid.getColumnByKey("text"))))
                .isEqualTo(REWORDED);

        // the public form of any touchpoint asks the new wording
        List<TouchpointLink> links = setup.links();
        assertThat(links).isNotEmpty();
        PublicSurvey form = publicSurveys.find(SLUG, links.getFirst().token()).orElseThrow();
        assertThat(form.survey().question(Field.TIMELINESS).orElseThrow().text()).isEqualTo(REWORDED);
        assertThat(form.survey().question(Field.TIMELINESS).orElseThrow().label()).isEqualTo("17(29)");

        // the versions' list: the new one in use, the first one made current again
        @SuppressWarnings("unchecked")
        Grid<SurveyVersionSummary> versions = (Grid<SurveyVersionSummary>) $(Grid.class).id("survey-versions");
        assertThat(test(versions).size()).isEqualTo(versionsBefore + 1);
        assertThat(test(versions).getRow(0).number()).isEqualTo(saved);
        assertThat(test(versions).getRow(0).createdBy()).isEqualTo("Анна Админова");
        int firstRow = test(versions).size() - 1;
        assertThat(test(versions).getRow(firstRow).number()).isEqualTo(first);
        Button makeCurrent = (Button) test(versions).getCellComponent(firstRow, "state");
        assertThat(makeCurrent.getText()).isEqualTo("Сделать текущей");
        test(makeCurrent).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Действующей стала редакция анкеты № " + first);
        assertThat(setup.survey().orElseThrow().number()).isEqualTo(first);
        assertThat($(Span.class).id("survey-edit-current").getText()).startsWith("Действующая редакция № " + first + " — ");
        assertThat(publicSurveys.find(SLUG, links.getFirst().token()).orElseThrow().survey().question(Field.TIMELINESS).orElseThrow()
                .text()).startsWith("Насколько Вы удовлетворены сроком");
    }

    @Test
    void an_editor_cannot_open_the_survey_editor() {
        signIn("dizo.editor");
        navigate("agency/" + SLUG + "/feedback/survey", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(Grid.class).withId("survey-questions").exists()).isFalse();
    }

    private int row(Grid<QuestionDraft> grid, Field field) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).field() == field) {
                return i;
            }
        }
        throw new AssertionError("no row for " + field);
    }
}
