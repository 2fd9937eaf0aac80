package ru.perechen.region.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.region.RegionAgencyRecords;
import ru.perechen.ui.AccessDeniedView;
import ru.perechen.uikit.EchartsChart;
import ru.perechen.uikit.ReportTable;
import ru.perechen.uitest.BrowserlessAgencyTest;

/** The region dashboard on the demo data, as Novosibirsk's coordinator opens it; Mordovia stays closed to them. */
class RegionDashboardViewTest extends BrowserlessAgencyTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_coordinator_compares_their_agencies_opens_the_trend_and_one_agency_and_is_refused_another_region() {
        signInCoordinator("54");
        navigate(RegionDashboardView.class, Map.of("region", "54"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("region-loading").getText()).contains("считаются");
        awaitComponent("region-agencies");
        Grid<AgencyIndicators> grid = (Grid<AgencyIndicators>) $(Grid.class).id("region-agencies");
        assertThat(test(grid).size()).isEqualTo(4);
        assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(i -> test(grid).getRow(i).agency().shortName()))
                .contains("Минэкономразвития НСО", "ДИЗО НСО").doesNotContain("Минпромнауки Мордовии");
        assertThat($(EchartsChart.class).id("region-compliance-chart").options()).contains("Минэкономразвития НСО");
        assertThat($(EchartsChart.class).id("region-channels-chart").options()).contains("Официальный сайт", "Место приема");
        assertThat($(ReportTable.class).id("region-channel-matrix").getElement().getOuterHTML()).contains("ЕПГУ (Госуслуги)", "region-gap");
        assertThat($(Anchor.class).id("region-xlsx").getElement().getAttribute("data-download")).isEqualTo("xlsx");

        test($(Button.class).id("region-trend-show")).click();
        awaitComponent("region-trend-chart");
        String trend = $(EchartsChart.class).id("region-trend-chart").options();
        assertThat(trend).contains("ДИЗО НСО", "\"type\":\"line\"");

        navigate(RegionAgencyView.class, Map.of("region", "54", "agency", "minek-nso"));
        Grid<RegionAgencyRecords.Version> versions = (Grid<RegionAgencyRecords.Version>) $(Grid.class).id("region-card-versions");
        assertThat(test(versions).size()).isPositive();
        assertThat($(ReportTable.class).id("region-card-findings").getElement().getOuterHTML()).contains("Точка повторяется");
        assertThat($(Grid.class).id("region-card-rows")).isNotNull();
        assertThat($(Button.class).all()).as("nothing that edits").noneMatch(b -> b.getText().contains("Сохранить"));

        navigate("region/13", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        navigate("region/54/agency/minpromnauki-rm", AccessDeniedView.class);
        assertThat(getCurrentView()).as("Mordovia's agency is not in region 54").isInstanceOf(AccessDeniedView.class);
    }
}
