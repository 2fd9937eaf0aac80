package ru.perechen.region.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.perechen.catalog.ChannelType;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.region.RegionDashboard;
import ru.perechen.uikit.EchartsChart;

/** The dashboard's charts, as ECharts options built on the server (decision 38): plain maps, sent as JSON. */
final class RegionCharts {

    static final String GREEN = "#2e7d32";
    static final String AMBER = "#ef6c00";
    static final String RED = "#c62828";
    static final String BLUE = "#1565c0";
    static final String GREY = "#9e9e9e";

    private RegionCharts() {
    }

    /** Each agency's compliance score, a bar coloured by its threshold; an agency without a list has none. */
    static EchartsChart compliance(RegionDashboardView.Text t, List<AgencyIndicators> agencies) {
        List<String> names = names(agencies);
        List<Object> bars = new ArrayList<>();
        for (AgencyIndicators a : agencies) {
            bars.add(a.compliance() == null ? null : bar(a.compliance().score(), color(RegionIndicatorGrid.level(a.compliance().score()))));
        }
        return new EchartsChart("region-compliance-chart", Map.of(
                "title", Map.of("text", t.get("region.chart.compliance"), "textStyle", Map.of("fontSize", 14)),
                "grid", Map.of("left", 8, "right", 48, "top", 36, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "min", 0, "max", 100),
                "yAxis", Map.of("type", "category", "data", names, "inverse", true),
                "series", List.of(Map.of("type", "bar", "data", bars, "label", Map.of("show", true, "position", "right")))),
                height(agencies));
    }

    /** Working days the latest version's publication was (or is) past its due day; 0 on time. */
    static EchartsChart timeliness(RegionDashboardView.Text t, List<AgencyIndicators> agencies) {
        List<Object> bars = new ArrayList<>();
        for (AgencyIndicators a : agencies) {
            AgencyIndicators.Publication p = a.publication();
            if (p == null || p.state() == null) {
                bars.add(null);
            } else {
                boolean late = p.state() == PublicationState.PUBLISHED_LATE || p.state() == PublicationState.OVERDUE;
                bars.add(bar(late && p.days() != null ? p.days() : 0, color(RegionIndicatorGrid.publicationLevel(p))));
            }
        }
        return new EchartsChart("region-timeliness-chart", Map.of(
                "title", Map.of("text", t.get("region.chart.timeliness"), "textStyle", Map.of("fontSize", 14)),
                "grid", Map.of("left", 8, "right", 48, "top", 36, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "data", names(agencies), "inverse", true),
                "series", List.of(Map.of("type", "bar", "data", bars, "label", Map.of("show", true, "position", "right")))),
                height(agencies));
    }

    /** Each agency's touchpoints by channel type, stacked: the channel mix side by side. */
    static EchartsChart channels(RegionDashboardView.Text t, List<AgencyIndicators> agencies) {
        Set<ChannelType> used = EnumSet.noneOf(ChannelType.class);
        agencies.forEach(a -> used.addAll(a.channels().byType().keySet()));
        List<Object> series = new ArrayList<>();
        for (ChannelType type : used) {
            List<Integer> data = agencies.stream().map(a -> a.channels().byType().getOrDefault(type, 0)).toList();
            series.add(Map.of("type", "bar", "stack", "all", "name", t.get(type.messageKey()), "data", data));
        }
        return new EchartsChart("region-channels-chart", Map.of(
                "title", Map.of("text", t.get("region.chart.channels"), "textStyle", Map.of("fontSize", 14)),
                "legend", Map.of("type", "scroll", "bottom", 0),
                "grid", Map.of("left", 8, "right", 24, "top", 36, "bottom", 40, "containLabel", true),
                "tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "data", names(agencies), "inverse", true),
                "series", series), (60 + 34 * agencies.size() + 40) + "px");
    }

    /** An indicator at the end of each quarter and on the day, one line per agency: its trend. */
    static EchartsChart trend(RegionDashboardView.Text t, String id, String title, List<RegionDashboard> history,
                              Function<AgencyIndicators, Number> value) {
        List<String> days = history.stream().map(d -> ru.perechen.uikit.Formats.DATE.format(d.asOf())).toList();
        Map<String, List<Number>> lines = new LinkedHashMap<>();
        for (RegionDashboard d : history) {
            for (AgencyIndicators a : d.agencies()) {
                lines.computeIfAbsent(a.agency().shortName(), k -> new ArrayList<>());
            }
        }
        for (RegionDashboard d : history) {
            Map<String, Number> now = new LinkedHashMap<>();
            d.agencies().forEach(a -> now.put(a.agency().shortName(), value.apply(a)));
            lines.forEach((agency, list) -> list.add(now.get(agency)));
        }
        List<Object> series = new ArrayList<>();
        lines.forEach((agency, data) -> series.add(Map.of("type", "line", "name", agency, "data", data, "connectNulls", false)));
        return new EchartsChart(id, Map.of(
                "animation", false,
                "title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)),
                "legend", Map.of("type", "scroll", "bottom", 0),
                "grid", Map.of("left", 8, "right", 24, "top", 36, "bottom", 40, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", days),
                "yAxis", Map.of("type", "value"),
                "series", series), "320px");
    }

    private static List<String> names(List<AgencyIndicators> agencies) {
        return agencies.stream().map(a -> a.agency().shortName()).toList();
    }

    private static Map<String, Object> bar(Number value, String color) {
        return Map.of("value", value, "itemStyle", Map.of("color", color));
    }

    private static String color(String level) {
        return level == null ? BLUE : switch (level) {
            case "region-good" -> GREEN;
            case "region-warn" -> AMBER;
            case "region-bad" -> RED;
            default -> GREY;
        };
    }

    private static String height(List<AgencyIndicators> agencies) {
        return (60 + 30 * agencies.size()) + "px";
    }
}
