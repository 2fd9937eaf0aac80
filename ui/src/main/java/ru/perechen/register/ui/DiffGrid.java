package ru.perechen.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListField;
import ru.perechen.register.ListRow;

/**
 * The differences between two states of the list as a person reads them: each row added, excluded
 * or changed, and for a changed row every cell that changed, the old value struck through.
 */
public class DiffGrid extends Grid<ListDiff.RowDiff> {

    public DiffGrid() {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        addComponentColumn(this::kind).setHeader(getTranslation("diff.column.kind")).setAutoWidth(true).setFlexGrow(0);
        addColumn(d -> describe(d.row())).setHeader(getTranslation("diff.column.row")).setFlexGrow(2);
        addComponentColumn(this::changes).setHeader(getTranslation("diff.column.changes")).setFlexGrow(3);
        setPartNameGenerator(d -> "diff-" + d.kind().name().toLowerCase());
        setAllRowsVisible(true);
    }

    private Component kind(ListDiff.RowDiff d) {
        Span badge = new Span(getTranslation("diff.kind." + d.kind().name()));
        badge.getElement().getThemeList().add(switch (d.kind()) {
            case ADDED -> "badge success";
            case EXCLUDED -> "badge error";
            case CHANGED -> "badge";
        });
        return badge;
    }

    private Component changes(ListDiff.RowDiff d) {
        Div cells = new Div();
        cells.addClassName("diff-cells");
        switch (d.kind()) {
            case ADDED -> cells.add(summary(d.after()));
            case EXCLUDED -> {
                Div was = summary(d.before());
                was.addClassName("diff-old");
                cells.add(was);
            }
            case CHANGED -> d.cells().forEach(c -> {
                Div line = new Div();
                line.addClassName("diff-cell");
                Span field = new Span(getTranslation(c.field().messageKey()) + ": ");
                field.addClassName("diff-field");
                Span before = new Span(value(c.field(), c.before()));
                before.addClassName("diff-old");
                Span after = new Span(value(c.field(), c.after()));
                after.addClassName("diff-new");
                line.add(field, before, new Span(" → "), after);
                cells.add(line);
            });
        }
        return cells;
    }

    private Div summary(ListRow row) {
        Div text = new Div();
        text.addClassName("diff-summary");
        text.setText(getTranslation("list.field.NEEDS") + ": " + ru.perechen.register.ListService.needsText(row.needs())
                .replace("\n", "; ") + "\n" + getTranslation("list.field.SPECIFICS") + ": " + ListCells.specifics(this, row));
        return text;
    }

    private String value(ListField field, String raw) {
        if (raw == null) {
            return getTranslation("diff.empty");
        }
        return field == ListField.KIND ? getTranslation("touchpoint.kind." + raw) : raw.replace("\n", "; ");
    }

    /** A row as one line: «группа — процесс (подразделение) — точка». */
    public static String describe(ListRow row) {
        return (row.groupNumber() == null ? "" : row.groupNumber() + ". ") + row.processName()
                + (row.unitName() == null ? "" : " (" + row.unitName() + ")") + " — " + row.touchpointName();
    }
}
