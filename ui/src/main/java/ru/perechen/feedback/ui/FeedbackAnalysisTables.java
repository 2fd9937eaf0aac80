package ru.perechen.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.perechen.feedback.FeedbackAnalysis;
import ru.perechen.feedback.FeedbackAnalysis.Slice;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.Figure;
import ru.perechen.feedback.Parameter;
import ru.perechen.feedback.Quarter;

/**
 * The analysis' tables: the nine parameters with the change against the quarter before, and one
 * dimension's slices (responses, overall satisfaction — marked when under the agency's threshold — and
 * each score's share of 4 and 5, compact).
 */
final class FeedbackAnalysisTables {

    /** The bundle, as a view's {@code getTranslation}. */
    @FunctionalInterface
    interface Messages {
        String get(String key, Object... params);
    }

    record ParameterRow(Parameter parameter, Figure figure, Figure before) {
    }

    private FeedbackAnalysisTables() {
    }

    static Grid<ParameterRow> parameters(Messages t, Map<Parameter, Figure> now, Map<Parameter, Figure> before) {
        Grid<ParameterRow> grid = new Grid<>();
        grid.setId("analysis-parameters");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> parameterName(t, r.parameter())).setHeader(t.get("feedback.analysis.parameter")).setFlexGrow(4)
                .setKey("parameter");
        grid.addColumn(r -> r.figure().answers()).setHeader(t.get("feedback.analysis.answers")).setKey("answers");
        grid.addColumn(r -> percent(r.figure().percent())).setHeader(t.get("feedback.analysis.percent")).setKey("percent");
        grid.addColumn(r -> mean(r.figure().mean())).setHeader(t.get("feedback.analysis.mean")).setKey("mean");
        grid.addColumn(r -> change(r.figure().percent(), r.before() == null ? null : r.before().percent()))
                .setHeader(t.get("feedback.analysis.change")).setKey("change");
        grid.setItems(Arrays.stream(Parameter.values()).map(p -> new ParameterRow(p, now.get(p), before == null ? null : before.get(p)))
                .toList());
        return grid;
    }

    static Grid<Slice> slices(String id, String header, Messages t, List<Slice> slices, int threshold) {
        Grid<Slice> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> name(t, s.name())).setHeader(header).setFlexGrow(4).setKey("name");
        grid.addColumn(Slice::responses).setHeader(t.get("feedback.analysis.responses")).setKey("responses");
        grid.addColumn(new ComponentRenderer<>(s -> satisfaction(t, s, threshold))).setHeader(t.get(Parameter.OVERALL.messageKey()))
                .setKey("satisfaction").setFlexGrow(2);
        for (Parameter p : Parameter.values()) {
            if (p != Parameter.OVERALL) {
                Span head = new Span(t.get("feedback.analysis.short." + p.key()));
                head.setTitle(t.get(p.messageKey()));
                grid.addColumn(s -> percent(s.figures().get(p).percent())).setHeader(head).setKey(p.key());
            }
        }
        grid.setPartNameGenerator(s -> below(s, threshold) ? "below" : null);
        grid.setItems(slices);
        return grid;
    }

    /** The overall satisfaction, marked when under the threshold. */
    private static Span satisfaction(Messages t, Slice s, int threshold) {
        Span value = new Span(percent(s.satisfaction()));
        if (below(s, threshold)) {
            value.setText(percent(s.satisfaction()) + " ▼");
            value.setTitle(t.get("feedback.analysis.below.mark", threshold));
            value.getElement().setAttribute("data-below", "true");
            value.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return value;
    }

    static boolean below(Slice s, int threshold) {
        return s.satisfaction() != null && s.satisfaction() < threshold;
    }

    static String parameterName(Messages t, Parameter p) {
        return (p.ordinal() + 1) + ". " + t.get(p.messageKey());
    }

    static String quarter(Messages t, Quarter q) {
        String roman = switch (q.number()) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
        return t.get("feedback.analysis.quarter.label", roman, String.valueOf(q.year()));
    }

    static String name(Messages t, String name) {
        if (name == null) {
            return t.get("feedback.analysis.unknown");
        }
        return switch (name) {
            case Field.IN_PERSON -> t.get("feedback.analysis.way.IN_PERSON");
            case Field.ONLINE -> t.get("feedback.analysis.way.ONLINE");
            default -> name;
        };
    }

    static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value).replace('.', ',');
    }

    static String mean(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
    }

    /** The change in percentage points, one decimal, signed. */
    static String change(Double now, Double before) {
        if (now == null || before == null) {
            return "—";
        }
        double delta = Math.round((now - before) * 10) / 10.0;
        return (delta > 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f", delta).replace('.', ',');
    }

    /** The difficulties clients wrote: date, touchpoint, parameter, score, text. */
    static Grid<FeedbackAnalysis.Difficulty> difficulties(Messages t, List<FeedbackAnalysis.Difficulty> difficulties) {
        Grid<FeedbackAnalysis.Difficulty> grid = new Grid<>();
        grid.setId("analysis-difficulties");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(difficulties.size() <= 20);
        grid.addColumn(d -> FeedbackAnalysisView.DATE.format(d.answeredAt().atZone(Quarter.ZONE))).setHeader(t.get("feedback.analysis.date"))
                .setKey("date");
        grid.addColumn(d -> name(t, d.touchpointName())).setHeader(t.get("feedback.analysis.touchpoint")).setKey("touchpoint").setFlexGrow(2);
        grid.addColumn(d -> t.get(d.parameter().messageKey())).setHeader(t.get("feedback.analysis.parameter")).setKey("parameter")
                .setFlexGrow(2);
        grid.addColumn(d -> d.score() == null ? "—" : d.score().toString()).setHeader(t.get("feedback.analysis.score")).setKey("score");
        grid.addColumn(FeedbackAnalysis.Difficulty::text).setHeader(t.get("feedback.analysis.text")).setKey("text").setFlexGrow(4);
        grid.setItems(difficulties);
        return grid;
    }
}
