package ru.perechen.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ru.perechen.admin.RegionCoordinator;
import ru.perechen.region.RegionRollup;
import ru.perechen.tenancy.RegionSummary;

/**
 * Every region as one row: its agencies' figures summed up, its coordinators with «Снять», and
 * «Назначить координатора». The region's name opens its dashboard.
 */
class RegionRollupGrid extends Composite<Grid<RegionRollup>> {

    private final SerializableFunction<String, List<RegionCoordinator>> coordinators;
    private final SerializableConsumer<RegionSummary> assign;
    private final SerializableConsumer<RegionCoordinator> revoke;

    RegionRollupGrid(List<RegionRollup> rollups, SerializableFunction<String, List<RegionCoordinator>> coordinators,
                     SerializableConsumer<RegionSummary> assign, SerializableConsumer<RegionCoordinator> revoke) {
        this.coordinators = coordinators;
        this.assign = assign;
        this.revoke = revoke;
        Grid<RegionRollup> grid = getContent();
        grid.setId("platform-rollup");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addComponentColumn(this::region).setKey("region").setHeader(getTranslation("region.field.name")).setWidth("10rem")
                .setFlexGrow(1).setSortable(true).setComparator(Comparator.comparing((RegionRollup r) -> r.region().code()));
        grid.addComponentColumn(this::coordinatorsOf).setKey("coordinators").setHeader(getTranslation("platform.rollup.col.coordinators"))
                .setWidth("13rem").setFlexGrow(1);
        number("agencies", RegionRollup::agencies, r -> r.agencies() + " / " + r.withoutList());
        number("compliance", RegionRollup::meanCompliance, r -> decimal(r.meanCompliance()));
        number("publication", RegionRollup::publicationsOverdue, r -> r.publicationsOverdue() + " / " + r.publicationsLate());
        number("tasks", RegionRollup::tasksOpen, r -> r.tasksOpen() + " / " + r.tasksOverdue());
        number("requests", RegionRollup::requestsInApproval, r -> String.valueOf(r.requestsInApproval()));
        number("satisfaction", RegionRollup::meanSatisfaction, r -> r.feedbackOn() == 0 ? getTranslation("platform.rollup.feedback-off")
                : r.meanSatisfaction() == null ? "—" : decimal(r.meanSatisfaction()) + " %").setWidth("7.5rem");
        grid.setItems(rollups);
    }

    /** After an assignment or a revocation: the coordinators read again, the figures as they were. */
    void refreshCoordinators() {
        getContent().getDataProvider().refreshAll();
    }

    /** The region's code, then its name opening its dashboard. */
    private Component region(RegionRollup r) {
        Span code = new Span(r.region().code());
        code.addClassName("platform-region-code");
        Anchor link = new Anchor("region/" + r.region().code(), r.region().name());
        link.getElement().setAttribute("data-region", r.region().code());
        link.setTitle(getTranslation("platform.rollup.open", r.region().name()));
        return new Div(code, link);
    }

    private Component coordinatorsOf(RegionRollup r) {
        Div cell = new Div();
        cell.addClassName("platform-coordinators");
        for (RegionCoordinator c : coordinators.apply(r.region().code())) {
            Span who = new Span(c.displayName() + " (" + c.username() + ")");
            who.setTitle(c.email() == null ? "" : c.email());
            Button off = new Button(getTranslation("platform.coordinator.revoke"), e -> revoke.accept(c));
            off.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            off.getElement().setAttribute("data-action", "revoke-coordinator");
            off.getElement().setAttribute("data-username", c.username());
            off.setAriaLabel(getTranslation("platform.coordinator.revoke") + ": " + c.displayName());
            Div line = new Div(who, off);
            line.addClassName("platform-coordinator");
            cell.add(line);
        }
        Button add = new Button(getTranslation("platform.coordinator.assign"), VaadinIcon.PLUS.create(), e -> assign.accept(r.region()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.getElement().setAttribute("data-action", "assign-coordinator");
        add.setAriaLabel(getTranslation("platform.coordinator.assign") + ": " + r.region().name());
        cell.add(add);
        return cell;
    }

    /** A sortable figure (nulls last), right-aligned. */
    private <C extends Comparable<? super C>> Grid.Column<RegionRollup> number(String key, SerializableFunction<RegionRollup, C> sortBy,
                                                          SerializableFunction<RegionRollup, String> text) {
        return getContent().addColumn(text::apply).setKey(key).setHeader(getTranslation("platform.rollup.col." + key)).setSortable(true)
                .setComparator(Comparator.comparing(sortBy::apply, Comparator.nullsLast(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
    }

    /** One decimal with a comma, whole numbers without; «—» for none. */
    static String decimal(Double value) {
        if (value == null) {
            return "—";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
