package ru.perechen.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.Answers;
import ru.perechen.feedback.Channel;
import ru.perechen.feedback.FeedbackResponses;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.Quarter;
import ru.perechen.ui.AccessDeniedView;
import ru.perechen.uitest.BrowserlessAgencyTest;
import ru.perechen.uikit.EchartsChart;

/**
 * The quarterly analysis page without a browser, on Минпромторг НСО (no feedback in the demo data, and no
 * other test records any there): four responses typed in by the cc-deputy, read back as the nine
 * parameters' rows, the slices, the touchpoints under the threshold and the difficulties; a viewer is refused.
 */
class FeedbackAnalysisViewTest extends BrowserlessAgencyTest {

    static final String SLUG = "minpromtorg-nso";

    @Autowired FeedbackSetup setup;
    @Autowired FeedbackResponses responses;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService processes;

    @Test
    void the_nine_parameters_slices_and_difficulties_show_what_the_quarters_responses_say() {
        signIn("mpt.cc");
        if (!setup.settings().enabled()) {
            setup.change(true, 70, 10, setup.settings().version());
        }
        Quarter now = Quarter.of(LocalDate.now(Quarter.ZONE));
        assertThat(responses.between(now.previous().start(), now.end())).as("no responses in the agency before this test").isEmpty();
        List<Touchpoint> all = touchpoints.list();
        Touchpoint desk = all.get(0);
        Touchpoint web = all.get(1);
        AgencyProcess process = processes.list().stream().filter(p -> p.owners().size() == 1 && p.groupId() != null).findFirst()
                .orElseThrow();
        record(desk, process, Map.of(Field.WAY, Field.IN_PERSON, Field.PROVIDED, Field.YES, Field.SATISFIED, Field.YES,
                Field.INFORMATION, "5", Field.POLITENESS, "4", Field.LOCATION, "2", Field.TIMELINESS, "5"),
                Map.of(Field.LOCATION, "Далеко от остановки"));
        record(desk, process, Map.of(Field.WAY, Field.IN_PERSON, Field.PROVIDED, Field.NO, Field.SATISFIED, Field.NO,
                Field.INFORMED_AFTER_REFUSAL, Field.NO, Field.INFORMATION, "3", Field.POLITENESS, "5", Field.TIMELINESS, "2"), Map.of());
        record(web, null, Map.of(Field.WAY, Field.ONLINE, Field.PROVIDED, Field.NO, Field.SATISFIED, Field.NO,
                Field.INFORMED_AFTER_REFUSAL, Field.YES, Field.INFORMATION, "1", Field.INTERFACE, "4", Field.STATUS, "3"), Map.of());
        record(web, null, Map.of(Field.WAY, Field.ONLINE, Field.PROVIDED, Field.YES, Field.SATISFIED, Field.YES,
                Field.INTERFACE, "5", Field.STATUS, "5", Field.TIMELINESS, "4"), Map.of());

        navigate(FeedbackAnalysisView.class, Map.of("agency", SLUG));
        @SuppressWarnings("unchecked")
        Select<Quarter> quarter = (Select<Quarter>) $(Select.class).id("analysis-quarter");
        assertThat(quarter.getValue()).isEqualTo(now);
        assertThat(quarter.getListDataView().getItemCount()).isEqualTo(8);
        assertThat(quarter.getItemLabelGenerator().apply(new Quarter(2026, 3))).isEqualTo("III квартал 2026");
        assertThat($(Paragraph.class).id("analysis-internal").getText()).contains("носит внутриведомственный характер и не подлежит опубликованию");
        assertThat($(Paragraph.class).id("analysis-total").getText()).isEqualTo("Отзывов за квартал: 4");
        assertThat($(Paragraph.class).id("analysis-formulas").getText()).contains("доля ответов «скорее удовлетворен» среди ответивших",
                "доля оценок 4 и 5 среди ответивших на вопрос", "только среди тех, кому отказали");

        // parameter, answers, % positive, mean, change against the quarter before (which had none)
        assertThat(rows("analysis-parameters", 5)).containsExactly(
                List.of("1. Общая удовлетворенность", "4", "50,0 %", "—", "—"),
                List.of("2. Доступность информации о мерах поддержки", "3", "33,3 %", "3,00", "—"),
                List.of("3. Простота сбора документов и оформления заявки", "0", "—", "—", "—"),
                List.of("4. Информирование о статусе получения меры", "2", "50,0 %", "4,00", "—"),
                List.of("5. Вежливость и компетентность сотрудников", "2", "100,0 %", "4,50", "—"),
                List.of("6. Удобство расположения места получения (лично)", "1", "0,0 %", "2,00", "—"),
                List.of("7. Удобство интерфейса (онлайн)", "2", "100,0 %", "4,50", "—"),
                List.of("8. Сроки предоставления меры поддержки", "3", "66,7 %", "3,67", "—"),
                List.of("9. Информация о необходимых действиях после отказа", "2", "50,0 %", "—", "—"));
        EchartsChart bars = $(EchartsChart.class).id("analysis-chart");
        assertThat(bars.options()).as("the bars, ninth parameter at the bottom").contains("\"data\":[50.0,66.7,100.0,0.0,100.0,50.0,null,33.3,50.0]");
        assertThat($(EchartsChart.class).id("analysis-history-chart").options()).contains("\"data\":[null,null,null,null,50.0]");
        assertThat(bars.getElement().getAttribute(EchartsChart.SCRIPT_ATTRIBUTE)).as("the script, through the session")
                .startsWith("VAADIN/dynamic/resource/").endsWith("/echarts.min.js");
        assertThat(EchartsChart.class.getResource(EchartsChart.RESOURCE)).as("the webjar's file on the classpath").isNotNull();
        assertThat(rows("analysis-history", 3).getLast()).isEqualTo(List.of(label(now), "4", "50,0 %"));

        // slices: name, responses, overall; then information's share
        assertThat(rows("analysis-by-way", 4)).containsExactly(List.of("оффлайн (лично)", "2", "50,0 % ▼", "50,0 %"),
                List.of("онлайн", "2", "50,0 % ▼", "0,0 %"));
        assertThat(rows("analysis-by-unit", 3)).containsExactly(List.of(process.owners().getFirst().name(), "2", "50,0 % ▼"),
                List.of("не указано", "2", "50,0 % ▼"));
        assertThat(rows("analysis-by-group", 3)).contains(List.of(process.groupName(), "2", "50,0 % ▼"));
        assertThat(rows("analysis-below", 2)).containsExactlyInAnyOrder(List.of(desk.name(), "2"), List.of(web.name(), "2"));
        Grid<?> below = $(Grid.class).id("analysis-below");
        assertThat(test(below).getCellComponent(0, "satisfaction").getElement().getAttribute("data-below")).isEqualTo("true");
        assertThat(rows("analysis-lowest", 1)).hasSize(2);
        assertThat(rows("analysis-difficulties", 5)).containsExactly(List.of(FeedbackAnalysisView.DATE.format(LocalDate.now(Quarter.ZONE)),
                desk.name(), "Удобство расположения места получения (лично)", "2", "Далеко от остановки"));

        // the quarter before: no responses, the same page says so
        test(quarter).selectItem(label(now.previous()));
        assertThat($(Paragraph.class).id("analysis-total").getText()).isEqualTo("Отзывов за квартал: 0");
        assertThat(rows("analysis-parameters", 3).getFirst()).isEqualTo(List.of("1. Общая удовлетворенность", "0", "—"));
    }

    @Test
    void a_viewer_cannot_open_the_analysis() {
        signIn("mpt.viewer");
        navigate("agency/" + SLUG + "/feedback/analysis", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Нет доступа");
        assertThat($(Paragraph.class).withId("analysis-total").exists()).isFalse();
    }

    private void record(Touchpoint touchpoint, AgencyProcess process, Map<Field, String> values, Map<Field, String> difficulties) {
        Map<Field, String> answers = new EnumMap<>(values);
        answers.put(Field.APPLICANT, Field.INDIVIDUAL);
        responses.record(Channel.EMAIL, touchpoint.id(), process == null ? null : process.id(),
                new Answers(answers, difficulties, null, null, false), UUID.randomUUID());
    }

    /** The first {@code columns} cells of each row of a grid, as the page shows them. */
    private List<List<String>> rows(String id, int columns) {
        Grid<?> grid = $(Grid.class).id(id);
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < columns; column++) {
                cells.add(test(grid).getCellText(row, column));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String label(Quarter q) {
        return new String[] {"I", "II", "III", "IV"}[q.number() - 1] + " квартал " + q.year();
    }
}
