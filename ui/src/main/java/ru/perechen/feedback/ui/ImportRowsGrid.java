package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.Collectors;
import ru.perechen.feedback.FeedbackImportPreview;
import ru.perechen.feedback.FeedbackImportPreview.Row;
import ru.perechen.feedback.FeedbackImportPreview.Status;
import ru.perechen.feedback.SurveyDefinition;

/**
 * The file's rows as the import read them: the response a row makes (its channel, touchpoint and answers
 * by the survey's labels) or, marked, what is wrong with it, by column. Rows with problems come first to
 * the eye: the grid shows only them until the person asks for all.
 */
class ImportRowsGrid extends Composite<VerticalLayout> {

    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private final SurveyDefinition survey;

    ImportRowsGrid(FeedbackImportPreview preview, SurveyDefinition survey) {
        this.survey = survey;
        Grid<Row> grid = new Grid<>();
        grid.setId("feedback-import-rows");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Row::number).setHeader(getTranslation("feedback.import.column.row")).setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::badge).setHeader(getTranslation("feedback.import.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.channel() == null ? "" : getTranslation(r.channel().messageKey()))
                .setHeader(getTranslation("feedback.import.column.channel")).setFlexGrow(2);
        grid.addColumn(r -> r.touchpointName() == null ? "" : r.touchpointName())
                .setHeader(getTranslation("feedback.import.column.touchpoint")).setFlexGrow(2);
        grid.addColumn(this::answers).setHeader(getTranslation("feedback.import.column.answers")).setFlexGrow(4);
        grid.addColumn(this::problems).setHeader(getTranslation("feedback.import.column.problems")).setFlexGrow(4);
        grid.setPartNameGenerator(r -> r.status() == Status.REFUSED ? "refused" : null);
        List<Row> refused = preview.rows().stream().filter(r -> r.status() == Status.REFUSED).toList();
        Select<Boolean> show = new Select<>();
        show.setId("feedback-import-show");
        show.setLabel(getTranslation("feedback.import.show"));
        show.setWidth("24em");
        show.setItems(Boolean.TRUE, Boolean.FALSE);
        show.setItemLabelGenerator(all -> all ? getTranslation("feedback.import.show.all", preview.rows().size())
                : getTranslation("feedback.import.show.refused", refused.size()));
        show.addValueChangeListener(e -> grid.setItems(e.getValue() ? preview.rows() : refused));
        show.setValue(refused.isEmpty());
        grid.setHeight(Math.min(640, 64 + 72 * Math.max(1, preview.rows().size())) + "px");
        getContent().setPadding(false);
        getContent().add(show, grid);
    }

    private Span badge(Row row) {
        Span badge = new Span(getTranslation("feedback.import.status." + row.status().name()));
        badge.getElement().getThemeList().add("badge small " + switch (row.status()) {
            case ACCEPTED -> "success";
            case ALREADY_IMPORTED -> "contrast";
            case REFUSED -> "error";
        });
        return badge;
    }

    /** The answers by the survey's labels: «5(15): Онлайн на сайте органа власти; 11(23): 4». */
    private String answers(Row row) {
        if (row.answers() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (SurveyDefinition.Question q : survey.questions()) {
            String value = row.answers().value(q.field());
            if (value != null) {
                String shown = q.kind() == SurveyDefinition.Kind.DATETIME ? DATE_TIME.format(java.time.LocalDateTime.parse(value))
                        : q.option(value).map(SurveyDefinition.Option::text).orElse(value);
                text.append(text.isEmpty() ? "" : "; ").append(q.label()).append(": ").append(shown);
            }
        }
        if (row.answers().comment() != null) {
            text.append(text.isEmpty() ? "" : "; ").append(getTranslation("feedback.import.target.COMMENT")).append(": ")
                    .append(row.answers().comment());
        }
        return text.toString();
    }

    private String problems(Row row) {
        return row.problems().stream().map(p -> (p.column() == null ? "" : getTranslation("feedback.import.in-column", p.column()) + ": ")
                + getTranslation(p.messageKey(), p.arguments().toArray())).collect(Collectors.joining("\n"));
    }
}
