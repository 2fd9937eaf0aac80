package ru.perechen.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import ru.perechen.feedback.FeedbackAnalysis;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.Figure;
import ru.perechen.feedback.Parameter;

/** The analysis' tables: the nine parameters with the change against the quarter before, and one dimension's slices. */
final class AnalysisTables {

    record ParameterRow(Parameter parameter, Figure figure, Figure before) {
    }

    private AnalysisTables() {
    }

    static Grid<ParameterRow> parameters(Function<String, String> t, Map<Parameter, Figure> now, Map<Parameter, Figure> before) {
        Grid<ParameterRow> grid = new Grid<>();
        grid.setId("analysis-parameters");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> (r.parameter().ordinal() + 1) + ". " + t.apply(r.parameter().messageKey())).setHeader(t.apply(
                "feedback.analysis.parameter")).setFlexGrow(4);
        grid.addColumn(r -> r.figure().answers()).setHeader(t.apply("feedback.analysis.answers"));
        grid.addColumn(r -> percent(r.figure().percent())).setHeader(t.apply("feedback.analysis.percent"));
        grid.addColumn(r -> r.figure().mean() == null ? "—" : String.format(Locale.ROOT, "%.2f", r.figure().mean()).replace('.', ','))
                .setHeader(t.apply("feedback.analysis.mean"));
        grid.addColumn(r -> change(r.figure().percent(), r.before() == null ? null : r.before().percent()))
                .setHeader(t.apply("feedback.analysis.change"));
        grid.setItems(Arrays.stream(Parameter.values()).map(p -> new ParameterRow(p, now.get(p), before == null ? null : before.get(p)))
                .toList());
        return grid;
    }

    static Grid<FeedbackAnalysis.Slice> slices(String id, String header, Function<String, String> t, List<FeedbackAnalysis.Slice> slices,
                                              int threshold) {
        Grid<FeedbackAnalysis.Slice> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> name(t, s.name())).setHeader(header).setFlexGrow(4);
        grid.addColumn(FeedbackAnalysis.Slice::responses).setHeader(t.apply("feedback.analysis.responses"));
        grid.addColumn(s -> percent(s.satisfaction())).setHeader(t.apply(Parameter.OVERALL.messageKey()));
        for (Parameter p : List.of(Parameter.INFORMATION, Parameter.DOCUMENTS, Parameter.TIMELINESS)) {
            grid.addColumn(s -> percent(s.figures().get(p).percent())).setHeader(t.apply("feedback.analysis.short." + p.key()));
        }
        grid.setPartNameGenerator(s -> s.satisfaction() != null && s.satisfaction() < threshold ? "below" : null);
        grid.setItems(slices);
        return grid;
    }

    static String name(Function<String, String> t, String name) {
        if (name == null) {
            return t.apply("feedback.analysis.unknown");
        }
        return switch (name) {
            case Field.IN_PERSON -> t.apply("feedback.analysis.way.IN_PERSON");
            case Field.ONLINE -> t.apply("feedback.analysis.way.ONLINE");
            default -> name;
        };
    }

    static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value).replace('.', ',');
    }

    private static String change(Double now, Double before) {
        if (now == null || before == null) {
            return "—";
        }
        double delta = Math.round((now - before) * 10) / 10.0;
        return (delta > 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f", delta).replace('.', ',');
    }
}
