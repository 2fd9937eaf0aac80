package ru.perechen.catalog.ui;

import ru.perechen.tenancy.Access;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.RowActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/** Структурные подразделения: the tree, who heads and supervises each unit, who works in it. */
@Route("agency/:agency/units")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class OrgUnitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final OrgUnitService units;
    private final StaffDirectory staff;
    private final TreeGrid<OrgUnit> grid = new TreeGrid<>();
    private List<OrgUnit> current = List.of();
    private boolean editable;

    OrgUnitsView(AgencyRouteGuard routes, OrgUnitService units, StaffDirectory staff) {
        this.routes = routes;
        this.units = units;
        this.staff = staff;
        addClassName("page");
        grid.setId("org-units");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addHierarchyColumn(OrgUnit::name).setHeader(getTranslation("units.column.name")).setFlexGrow(3);
        grid.addColumn(u -> nameOf(u.head())).setHeader(getTranslation("units.field.head")).setFlexGrow(1);
        grid.addColumn(u -> nameOf(u.supervisor())).setHeader(getTranslation("units.field.supervisor")).setFlexGrow(1);
        grid.addColumn(u -> u.members().stream().map(StaffMember::displayName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("units.field.members")).setFlexGrow(2);
        grid.addColumn(OrgUnit::ownedProcesses).setHeader(getTranslation("units.column.processes")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("catalog.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(u -> u.closed() ? "retired" : null);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            editable = Access.ADMINISTRATION.isGranted();
            if (editable && grid.getColumnByKey("actions") == null) {
                grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("catalog.column.actions"))
                        .setAutoWidth(true).setFlexGrow(0);
            }
            add(new PageHeader(getTranslation("units.title"), agency.shortName()), new Paragraph(getTranslation("units.intro")));
            if (editable) {
                Button add = new Button(getTranslation("units.action.add"), VaadinIcon.PLUS.create(), e -> edit(null, null));
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-unit");
                add(add);
            }
            add(grid);
            refresh();
        });
    }

    private void refresh() {
        current = units.list();
        grid.setItems(current.stream().filter(u -> u.parentId() == null).toList(),
                parent -> current.stream().filter(u -> Objects.equals(u.parentId(), parent.id())).toList());
        grid.expandRecursively(current, 10);
    }

    private Component status(OrgUnit unit) {
        Span badge = new Span(getTranslation(unit.closed() ? "units.status.closed" : "units.status.open"));
        badge.getElement().getThemeList().add(unit.closed() ? "badge contrast" : "badge success");
        return badge;
    }

    private Component actions(OrgUnit unit) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (unit.closed()) {
            buttons.add(RowActions.button(this, VaadinIcon.ARROW_BACKWARD, "units.action.reopen", unit.name(), "reopen", () -> setClosed(unit, false)));
        } else {
            buttons.add(RowActions.button(this, VaadinIcon.PLUS_CIRCLE_O, "units.action.add-child", unit.name(), "add-child", () -> edit(null, unit)),
                    RowActions.button(this, VaadinIcon.EDIT, "catalog.action.edit", unit.name(), "edit", () -> edit(unit, null)),
                    RowActions.button(this, VaadinIcon.BAN, "units.action.close", unit.name(), "close", () -> setClosed(unit, true)));
        }
        return buttons;
    }


    private void edit(OrgUnit existing, OrgUnit parent) {
        List<StaffMember> people = staff.list();
        OrgUnitDialog[] dialog = new OrgUnitDialog[1];
        dialog[0] = new OrgUnitDialog(existing, parent, current, people, draft -> {
            boolean done = ServiceCalls.run(this, dialog[0].fields(), this::refresh,
                    () -> existing == null ? units.create(draft) : units.update(existing.id(), existing.version(), draft));
            if (done) {
                ServiceCalls.saved(this, "catalog.saved");
                refresh();
            }
            return done;
        });
        dialog[0].open();
    }

    private void setClosed(OrgUnit unit, boolean closed) {
        boolean openChildren = current.stream().anyMatch(u -> unit.id().equals(u.parentId()) && !u.closed());
        // open sub-units are reported first; only a unit that can close is asked where its processes go
        if (closed && unit.ownedProcesses() > 0 && !openChildren) {
            closeWithReassignment(unit);
            return;
        }
        boolean done = ServiceCalls.run(this, Map.of(), this::refresh,
                () -> closed ? units.close(unit.id(), unit.version(), null) : units.reopen(unit.id(), unit.version()));
        if (done) {
            ServiceCalls.saved(this, closed ? "units.closed" : "catalog.saved", unit.name());
            refresh();
        }
    }

    /** A unit that runs processes is closed only with its processes passed to another open unit. */
    private void closeWithReassignment(OrgUnit unit) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("units.dialog.close"));
        ComboBox<OrgUnit> target = new ComboBox<>(getTranslation("units.field.reassign-to"));
        target.setId("reassign-to");
        target.setItems(current.stream().filter(u -> !u.closed() && !u.id().equals(unit.id())).toList());
        target.setItemLabelGenerator(u -> String.join(" / ", u.path()));
        target.setRequiredIndicatorVisible(true);
        target.setWidthFull();
        dialog.add(new Paragraph(getTranslation("units.error.reassign-required", unit.ownedProcesses())), target);
        Button ok = new Button(getTranslation("units.action.close"), e -> {
            boolean done = ServiceCalls.run(this, Map.of("reassignTo", target), this::refresh,
                    () -> units.close(unit.id(), unit.version(), target.getValue() == null ? null : target.getValue().id()));
            if (done) {
                ServiceCalls.saved(this, "units.closed", unit.name());
                refresh();
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.setId("close-unit");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private String nameOf(StaffMember person) {
        return person == null ? getTranslation("common.not-set") : person.displayName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title") + " — " + getTranslation("app.name");
    }
}
