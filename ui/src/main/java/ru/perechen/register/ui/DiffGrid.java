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
        return badge(this, d.kind());
    }

    /** «Добавлена», «Исключена», «Изменена» as a coloured badge. */
    public static Span badge(Component owner, ListDiff.Kind kind) {
        Span badge = new Span(owner.getTranslation("diff.kind." + kind.name()));
        badge.getElement().getThemeList().add(switch (kind) {
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
            case CHANGED -> d.cells().forEach(c -> cells.add(line(this, c)));
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

    /** One changed cell: «поле: было → стало», the old value struck through. */
    public static Div line(Component owner, ListDiff.CellChange c) {
        Div line = new Div();
        line.addClassName("diff-cell");
        Span field = new Span(owner.getTranslation(c.field().messageKey()) + ": ");
        field.addClassName("diff-field");
        Span before = new Span(value(owner, c.field(), c.before()));
        before.addClassName("diff-old");
        Span after = new Span(value(owner, c.field(), c.after()));
        after.addClassName("diff-new");
        line.add(field, before, new Span(" → "), after);
        return line;
    }

    private static String value(Component owner, ListField field, String raw) {
        if (raw == null) {
            return owner.getTranslation("diff.empty");
        }
        return field == ListField.KIND ? owner.getTranslation("touchpoint.kind." + raw) : raw.replace("\n", "; ");
    }

    /** A row as one line: «группа — процесс (подразделение) — точка». */
    public static String describe(ListRow row) {
        return (row.groupNumber() == null ? "" : row.groupNumber() + ". ") + row.processName()
                + (row.unitName() == null ? "" : " (" + row.unitName() + ")") + " — " + row.touchpointName();
    }
}
