package ru.perechen.catalog.ui;

import ru.perechen.uikit.RowActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The grid every ordered catalogue editor uses: number, name, status, and — for whoever may edit —
 * move up/down, edit, retire or restore. Retired entries stay listed, greyed, without a number.
 */
class CatalogGrid<T> extends Grid<T> {

    record Actions<T>(BiConsumer<T, Integer> move, Consumer<T> edit, Consumer<T> retire, Consumer<T> restore) {
    }

    /**
     * @param extraColumns columns of the particular catalogue, placed between the name and the status
     * @param actions      null when the person may only read
     */
    CatalogGrid(Function<T, Integer> number, Function<T, String> name, Predicate<T> retired,
                Consumer<Grid<T>> extraColumns, Actions<T> actions) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(item -> number.apply(item) == null ? "—" : number.apply(item).toString())
                .setHeader(getTranslation("catalog.column.number")).setWidth("4.5em").setFlexGrow(0);
        addColumn(name::apply).setHeader(getTranslation("catalog.column.name")).setFlexGrow(4);
        extraColumns.accept(this);
        addComponentColumn(item -> status(retired.test(item))).setHeader(getTranslation("catalog.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        if (actions != null) {
            addComponentColumn(item -> actionButtons(item, name.apply(item), retired.test(item), actions))
                    .setHeader(getTranslation("catalog.column.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        setPartNameGenerator(item -> retired.test(item) ? "retired" : null);
        setAllRowsVisible(true);
    }

    private Component status(boolean retired) {
        Span badge = new Span(getTranslation(retired ? "catalog.status.retired" : "catalog.status.active"));
        badge.getElement().getThemeList().add(retired ? "badge contrast" : "badge success");
        return badge;
    }

    private Component actionButtons(T item, String name, boolean retired, Actions<T> actions) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (retired) {
            buttons.add(RowActions.button(this, VaadinIcon.ARROW_BACKWARD, "catalog.action.restore", name, "restore",
                    () -> actions.restore().accept(item)));
            return buttons;
        }
        buttons.add(
                RowActions.button(this, VaadinIcon.ARROW_UP, "catalog.action.up", name, "up", () -> actions.move().accept(item, -1)),
                RowActions.button(this, VaadinIcon.ARROW_DOWN, "catalog.action.down", name, "down", () -> actions.move().accept(item, +1)),
                RowActions.button(this, VaadinIcon.EDIT, "catalog.action.edit", name, "edit", () -> actions.edit().accept(item)),
                RowActions.button(this, VaadinIcon.ARCHIVE, "catalog.action.retire", name, "retire", () -> actions.retire().accept(item)));
        return buttons;
    }

    void show(List<T> items) {
        setItems(items);
    }
}
