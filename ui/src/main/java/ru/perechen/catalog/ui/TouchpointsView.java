package ru.perechen.catalog.ui;

import ru.perechen.tenancy.Access;
import ru.perechen.uikit.RowActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/** Каталог точек взаимодействия: the agency's channels, each entered once and reused by the list's rows. */
@Route("agency/:agency/touchpoints")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class TouchpointsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final TouchpointService touchpoints;
    private final Grid<Touchpoint> grid = new Grid<>();

    TouchpointsView(AgencyRouteGuard routes, TouchpointService touchpoints) {
        this.routes = routes;
        this.touchpoints = touchpoints;
        addClassName("page");
        grid.setId("touchpoints");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Touchpoint::name).setHeader(getTranslation("touchpoint.field.name")).setFlexGrow(3);
        grid.addComponentColumn(this::kindBadge).setHeader(getTranslation("touchpoint.field.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation(t.type().messageKey())).setHeader(getTranslation("touchpoint.field.type")).setFlexGrow(1);
        grid.addColumn(t -> t.address() == null ? "" : t.address()).setHeader(getTranslation("touchpoint.field.address")).setFlexGrow(2);
        grid.addColumn(t -> t.workingHours() == null ? "" : t.workingHours()).setHeader(getTranslation("touchpoint.field.hours"))
                .setFlexGrow(1);
        grid.setPartNameGenerator(t -> t.retired() ? "retired" : null);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            boolean editable = Access.ADMINISTRATION.isGranted();
            if (editable && grid.getColumnByKey("actions") == null) {
                grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("catalog.column.actions"))
                        .setAutoWidth(true).setFlexGrow(0);
            }
            add(new PageHeader(getTranslation("touchpoint.title"), agency.shortName()),
                    new Paragraph(getTranslation("touchpoint.intro")));
            if (editable) {
                Button add = new Button(getTranslation("touchpoint.action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-touchpoint");
                add(add);
            }
            add(grid);
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(touchpoints.list());
    }

    private Component kindBadge(Touchpoint t) {
        Span badge = new Span(t.retired() ? getTranslation("catalog.status.retired") : getTranslation(t.kind().messageKey()));
        badge.getElement().getThemeList().add(t.retired() ? "badge contrast"
                : t.kind() == ChannelKind.DIGITAL ? "badge" : "badge success");
        return badge;
    }

    private Component actions(Touchpoint t) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (t.retired()) {
            buttons.add(RowActions.button(this, VaadinIcon.ARROW_BACKWARD, "catalog.action.restore", t.name(), "restore",
                    () -> run(() -> touchpoints.restore(t.id(), t.version()))));
        } else {
            buttons.add(RowActions.button(this, VaadinIcon.EDIT, "catalog.action.edit", t.name(), "edit", () -> edit(t)),
                    RowActions.button(this, VaadinIcon.ARCHIVE, "catalog.action.retire", t.name(), "retire",
                            () -> run(() -> touchpoints.retire(t.id(), t.version()))));
        }
        return buttons;
    }

    private void run(java.util.function.Supplier<?> action) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, action)) {
            ServiceCalls.saved(this, "catalog.saved");
            refresh();
        }
    }

    private void edit(Touchpoint existing) {
        TouchpointDialog[] dialog = new TouchpointDialog[1];
        dialog[0] = new TouchpointDialog(existing, draft -> {
            boolean done = ServiceCalls.run(this, dialog[0].fields(), this::refresh,
                    () -> existing == null ? touchpoints.create(draft) : touchpoints.update(existing.id(), existing.version(), draft));
            if (done) {
                ServiceCalls.saved(this, "catalog.saved");
                refresh();
            }
            return done;
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("touchpoint.title") + " — " + getTranslation("app.name");
    }
}
