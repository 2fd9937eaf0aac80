package ru.perechen.catalog.ui;

import ru.perechen.tenancy.Access;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.RowActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.Basis;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/** Реестр процессов: what the agency does, in which group, by which units, on which basis. */
@Route("agency/:agency/processes")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class ProcessRegistryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final ProcessRegistryService registry;
    private final ProcessGroupService groups;
    private final OrgUnitService units;
    private final Grid<AgencyProcess> grid = new Grid<>();
    private final ComboBox<ProcessGroup> groupFilter = new ComboBox<>();
    private final TextField search = new TextField();
    private List<AgencyProcess> all = List.of();
    private boolean editable;

    ProcessRegistryView(AgencyRouteGuard routes, ProcessRegistryService registry, ProcessGroupService groups,
                        OrgUnitService units) {
        this.routes = routes;
        this.registry = registry;
        this.groups = groups;
        this.units = units;
        addClassName("page");
        grid.setId("process-registry");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::nameWithGroup).setHeader(getTranslation("process.column.name")).setFlexGrow(4);
        grid.addColumn(p -> getTranslation(p.kind().messageKey())).setHeader(getTranslation("process.field.kind"))
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(this::owners).setHeader(getTranslation("process.column.units")).setFlexGrow(2);
        grid.addComponentColumn(this::bases).setHeader(getTranslation("process.column.bases")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("catalog.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(p -> p.excluded() ? "retired" : null);
        grid.setAllRowsVisible(true);
        groupFilter.setPlaceholder(getTranslation("process.filter.all-groups"));
        groupFilter.setClearButtonVisible(true);
        groupFilter.setWidth("24em");
        groupFilter.setItemLabelGenerator(g -> (g.number() == null ? "" : g.number() + ". ") + g.name());
        groupFilter.addValueChangeListener(e -> applyFilter());
        search.setPlaceholder(getTranslation("process.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("process-search");
        search.setWidth("18em");
        search.addValueChangeListener(e -> applyFilter());
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
            HorizontalLayout tools = new HorizontalLayout(groupFilter, search);
            tools.setAlignItems(FlexComponent.Alignment.BASELINE);
            tools.setWrap(true);
            if (editable) {
                Button add = new Button(getTranslation("process.action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-process");
                Button importFile = new Button(getTranslation("process.action.import"), VaadinIcon.UPLOAD.create(),
                        e -> getUI().ifPresent(ui -> ui.navigate("agency/" + agency.slug() + "/processes/import")));
                importFile.setId("import-processes");
                tools.addComponentAsFirst(importFile);
                tools.addComponentAsFirst(add);
            }
            add(new PageHeader(getTranslation("process.title"), agency.shortName()),
                    new Paragraph(getTranslation("process.intro")), tools, grid);
            refresh();
        });
    }

    private void refresh() {
        all = registry.list();
        groupFilter.setItems(groups.list().stream().filter(g -> !g.retired()).toList());
        applyFilter();
    }

    private void applyFilter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        ProcessGroup group = groupFilter.getValue();
        grid.setItems(all.stream()
                .filter(p -> group == null || p.groupId().equals(group.id()))
                .filter(p -> text.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    private String owners(AgencyProcess p) {
        if (p.uniformForAllUnits()) {
            return getTranslation("process.units.uniform");
        }
        return p.owners().stream().map(u -> u.closed() ? u.name() + " " + getTranslation("process.units.closed-mark") : u.name())
                .collect(Collectors.joining("; "));
    }

    private Component nameWithGroup(AgencyProcess p) {
        Span name = new Span(p.name());
        name.addClassName("process-name");
        Span group = new Span((p.groupNumber() == null ? "" : p.groupNumber() + ". ") + p.groupName());
        group.addClassName("process-group");
        Div cell = new Div(name, group);
        cell.addClassName("process-cell");
        return cell;
    }

    /** Short form in the cell (the act's number, or its title), the full reference on hover. */
    private Component bases(AgencyProcess p) {
        String shortForm = p.bases().stream()
                .map(b -> b.number() != null ? "№ " + b.number() : abbreviated(b.title()))
                .collect(Collectors.joining("; "));
        Span cell = new Span(shortForm);
        cell.getElement().setAttribute("title", p.bases().stream().map(this::basisText).collect(Collectors.joining("\n")));
        return cell;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private String basisText(Basis b) {
        StringBuilder text = new StringBuilder(b.title());
        if (b.number() != null) {
            text.append(" № ").append(b.number());
        }
        if (b.issuedOn() != null) {
            text.append(" ").append(getTranslation("process.basis.of")).append(" ").append(Formats.DATE.format(b.issuedOn()));
        }
        return text.toString();
    }

    private Component status(AgencyProcess p) {
        Span badge = new Span(p.excluded()
                ? getTranslation("process.status.excluded", Formats.DATE.format(p.excludedOn()))
                : getTranslation("process.status.included"));
        badge.getElement().getThemeList().add(p.excluded() ? "badge contrast" : "badge success");
        if (p.excluded()) {
            badge.getElement().setAttribute("title", p.excludedByAct());
        }
        return badge;
    }

    private Component actions(AgencyProcess p) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (p.excluded()) {
            buttons.add(RowActions.button(this, VaadinIcon.ARROW_BACKWARD, "process.action.reinclude", p.name(), "reinclude", () -> reinclude(p)));
        } else {
            buttons.add(RowActions.button(this, VaadinIcon.EDIT, "catalog.action.edit", p.name(), "edit", () -> edit(p)),
                    RowActions.button(this, VaadinIcon.BAN, "process.action.exclude", p.name(), "exclude", () -> exclude(p)));
        }
        return buttons;
    }


    private void edit(AgencyProcess existing) {
        ProcessDialog[] dialog = new ProcessDialog[1];
        dialog[0] = new ProcessDialog(existing, groups.list(), units.list(), draft -> {
            boolean done = ServiceCalls.run(this, dialog[0].fields(), this::refresh,
                    () -> existing == null ? registry.create(draft) : registry.update(existing.id(), existing.version(), draft));
            if (done) {
                ServiceCalls.saved(this, "catalog.saved");
                refresh();
            }
            return done;
        });
        dialog[0].open();
    }

    private void exclude(AgencyProcess p) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("process.dialog.exclude"));
        DatePicker on = DateFields.datePicker(this, getTranslation("process.field.excluded-on"));
        on.setId("excluded-on");
        on.setRequiredIndicatorVisible(true);
        TextField act = new TextField(getTranslation("process.field.excluded-by-act"));
        act.setId("excluded-by-act");
        act.setPlaceholder(getTranslation("process.field.act.placeholder"));
        act.setRequiredIndicatorVisible(true);
        act.setWidthFull();
        dialog.add(new Paragraph(p.name()), on, act);
        Map<String, HasValidation> fields = Map.of("excludedOn", on, "excludedByAct", act);
        Button ok = new Button(getTranslation("process.action.exclude"), e -> {
            if (ServiceCalls.run(this, fields, this::refresh, () -> registry.exclude(p.id(), p.version(), on.getValue(), act.getValue()))) {
                ServiceCalls.saved(this, "process.excluded", p.name());
                refresh();
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.setId("exclude-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void reinclude(AgencyProcess p) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, () -> registry.reinclude(p.id(), p.version()))) {
            ServiceCalls.saved(this, "catalog.saved");
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("process.title") + " — " + getTranslation("app.name");
    }
}
