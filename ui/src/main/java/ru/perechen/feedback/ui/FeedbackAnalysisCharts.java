package ru.perechen.feedback.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.perechen.feedback.FeedbackAnalysis;
import ru.perechen.feedback.Figure;
import ru.perechen.feedback.Parameter;
import ru.perechen.feedback.ui.FeedbackAnalysisTables.Messages;
import ru.perechen.uikit.EchartsChart;

/** The analysis' two charts: the nine parameters' shares as bars, and overall satisfaction over the quarters as a line. */
final class FeedbackAnalysisCharts {

    private static final String BLUE = "#1f5fbf";

    private FeedbackAnalysisCharts() {
    }

    /** The nine parameters' shares as horizontal bars, the act's order from the top (a parameter nobody answered has no bar). */
    static EchartsChart parameters(Messages t, Map<Parameter, Figure> overall) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            names.addFirst(FeedbackAnalysisTables.parameterName(t, p));
            values.addFirst(overall.get(p).percent());
        }
        return new EchartsChart("analysis-chart", Map.of(
                "grid", Map.of("left", 8, "right", 56, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis", "formatter", "{b}: {c} %"),
                "xAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value} %")),
                "yAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("width", 320, "overflow", "break")),
                "series", List.of(Map.of("type", "bar", "data", values, "itemStyle", Map.of("color", BLUE),
                        "label", Map.of("show", true, "position", "right", "formatter", "{c} %")))), "420px");
    }

    /** Overall satisfaction over the five quarters, as a line; a quarter without answers is a gap. */
    static EchartsChart history(Messages t, List<FeedbackAnalysis.Period> history) {
        List<String> quarters = history.stream().map(p -> FeedbackAnalysisTables.quarter(t, p.quarter())).toList();
        List<Double> values = new ArrayList<>();
        history.forEach(p -> values.add(p.figures().get(Parameter.OVERALL).percent()));
        return new EchartsChart("analysis-history-chart", Map.of(
                "grid", Map.of("left", 8, "right", 24, "top", 24, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "category", "data", quarters),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value} %")),
                "series", List.of(Map.of("type", "line", "data", values, "connectNulls", false, "itemStyle", Map.of("color", BLUE),
                        "label", Map.of("show", true, "formatter", "{c} %")))), "260px");
    }
}
