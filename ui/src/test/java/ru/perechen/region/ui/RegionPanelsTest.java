package ru.perechen.region.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.perechen.region.RegionVersionDiff;
import ru.perechen.register.ListDiff;
import ru.perechen.uikit.ReportTable;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * The dashboard's typical processes and the drill-down's changes of a version, on the demo data: Novosibirsk's
 * four agencies all consider citizens' appeals; Мордовия's ministry of industry added a row by e-mail in version 2.
 */
class RegionPanelsTest extends BrowserlessAgencyTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_dashboard_shows_the_processes_several_agencies_run_with_each_ones_touchpoints() {
        signInCoordinator("54");
        navigate(RegionDashboardView.class, Map.of("region", "54"));
        awaitComponent("region-typical");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Типовые процессы");
        VerticalLayout panel = (VerticalLayout) $(VerticalLayout.class).id("region-typical");
        assertThat(panel.getChildren().filter(H3.class::isInstance).map(h -> ((H3) h).getText()))
                .contains("Рассмотрение обращений граждан и организаций — органов: 4");
        String first = $(ReportTable.class).id("region-typical-0").getElement().getOuterHTML();
        assertThat(first).contains("Минэкономразвития НСО", "ДИЗО НСО").doesNotContain("Минпромнауки Мордовии");
        assertThat(first).containsPattern("цифровая|нецифровая");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_drill_down_shows_what_version_2_changed_against_version_1() {
        signInCoordinator("13");
        navigate(RegionAgencyView.class, Map.of("region", "13", "agency", "minpromnauki-rm"));
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Изменения редакции");
        Select<Integer> pair = (Select<Integer>) $(Select.class).id("region-diff-pair");
        assertThat(pair.getValue()).isEqualTo(2);
        assertThat(pair.getItemLabelGenerator().apply(2)).isEqualTo("№ 1 → № 2");
        Grid<RegionVersionDiff.Change> grid = (Grid<RegionVersionDiff.Change>) $(Grid.class).id("region-diff-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        RegionVersionDiff.Change added = test(grid).getRow(0);
        assertThat(added.kind()).isEqualTo(ListDiff.Kind.ADDED);
        assertThat(added.process()).isEqualTo("Поддержка участия предприятий в выставочно-ярмарочных мероприятиях");
        assertThat(added.touchpoint()).isEqualTo("Электронная почта");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(added.process());
        assertThat(((com.vaadin.flow.component.html.Span) test(grid).getCellComponent(0, 0)).getText()).isEqualTo("Добавлена");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("region-diff-summary").getText())
                .isEqualTo("Редакция № 2 против № 1: добавлено строк — 1, исключено — 0, изменено — 0.");
        assertThat($(com.vaadin.flow.component.button.Button.class).all()).as("nothing that edits")
                .noneMatch(b -> b.getText().contains("Сохранить"));
    }

    @Test
    void an_agency_of_one_version_says_it_is_the_first() {
        signInCoordinator("54");
        navigate(RegionAgencyView.class, Map.of("region", "54", "agency", "gsn-nso"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("region-diff-first").getText())
                .isEqualTo("Редакция № 1 — первая: сравнивать её не с чем.");
        assertThat($(Select.class).all()).noneMatch(s -> s.getId().filter("region-diff-pair"::equals).isPresent());
    }
}
