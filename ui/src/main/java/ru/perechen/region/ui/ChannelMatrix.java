package ru.perechen.region.ui;

import java.util.ArrayList;
import java.util.List;
import ru.perechen.catalog.ChannelType;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.uikit.ReportTable;

/**
 * Channel types × agencies: how many touchpoints of each type each agency's list in force has, so that a
 * channel an agency lacks stands out (an empty cell is marked, a type nobody uses is left out).
 */
final class ChannelMatrix {

    private ChannelMatrix() {
    }

    static ReportTable of(RegionDashboardView.Text t, List<AgencyIndicators> agencies) {
        List<String> headers = new ArrayList<>();
        headers.add(t.get("region.matrix.channel"));
        agencies.forEach(a -> headers.add(a.agency().shortName()));
        headers.add(t.get("region.matrix.agencies"));
        ReportTable table = new ReportTable("region-channel-matrix", headers);
        table.getElement().getClassList().add("region-matrix");
        for (ChannelType type : ChannelType.values()) {
            long using = agencies.stream().filter(a -> a.channels().byType().getOrDefault(type, 0) > 0).count();
            if (using == 0) {
                continue;
            }
            List<Object> cells = new ArrayList<>();
            cells.add(t.get(type.messageKey()));
            for (AgencyIndicators a : agencies) {
                int n = a.channels().byType().getOrDefault(type, 0);
                cells.add(a.list() == null ? "·" : n == 0 ? gap() : String.valueOf(n));
            }
            cells.add(using + " / " + agencies.size());
            table.row(false, cells.toArray());
        }
        return table;
    }

    private static com.vaadin.flow.component.html.Span gap() {
        com.vaadin.flow.component.html.Span gap = new com.vaadin.flow.component.html.Span("—");
        gap.addClassName("region-gap");
        return gap;
    }
}
