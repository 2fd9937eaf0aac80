package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;
import ru.perechen.uikit.RowActions;
import ru.perechen.workflow.Substitution;
import ru.perechen.workflow.SubstitutionService;

/** Замещения: who decides for an absent approver, and for how long; every decision taken so names whom it was for. */
@Route("agency/:agency/substitutes")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class SubstitutionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final AgencyRouteGuard routes;
    private final SubstitutionService substitutions;
    private final StaffDirectory staff;
    private final Grid<Substitution> grid = new Grid<>();

    SubstitutionsView(AgencyRouteGuard routes, SubstitutionService substitutions, StaffDirectory staff) {
        this.routes = routes;
        this.substitutions = substitutions;
        this.staff = staff;
        addClassName("page");
        grid.setId("substitutions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.absent().displayName()).setHeader(getTranslation("substitution.field.absent")).setFlexGrow(2);
        grid.addColumn(s -> s.substitute().displayName()).setHeader(getTranslation("substitution.field.substitute")).setFlexGrow(2);
        grid.addColumn(s -> Formats.DATE.format(s.from()) + " — " + Formats.DATE.format(s.to()))
                .setHeader(getTranslation("substitution.field.period")).setAutoWidth(true);
        grid.addColumn(s -> s.reason() == null ? "" : s.reason()).setHeader(getTranslation("substitution.field.reason")).setFlexGrow(2);
        grid.addComponentColumn(this::state).setHeader(getTranslation("substitution.field.state")).setAutoWidth(true);
        grid.addColumn(s -> s.appointedBy() + ", " + Formats.dateTime(s.appointedAt(), ZONE))
                .setHeader(getTranslation("substitution.field.appointed")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            boolean admin = Access.ADMINISTRATION.isGranted();
            if (admin && grid.getColumnByKey("actions") == null) {
                grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("catalog.column.actions"))
                        .setAutoWidth(true).setFlexGrow(0);
            }
            add(new PageHeader(getTranslation("substitution.title"), agency.shortName()),
                    new Paragraph(getTranslation("substitution.intro")));
            if (admin) {
                Button add = new Button(getTranslation("substitution.action.add"), VaadinIcon.PLUS.create(), e -> appoint());
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-substitution");
                add(add);
            }
            add(grid);
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(substitutions.list());
    }

    private Component state(Substitution s) {
        LocalDate today = LocalDate.now(ZONE);
        String key = s.revoked() ? "substitution.state.revoked" : s.activeOn(today) ? "substitution.state.active"
                : s.to().isBefore(today) ? "substitution.state.past" : "substitution.state.future";
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(s.activeOn(today) ? "badge success" : "badge contrast");
        return badge;
    }

    private Component actions(Substitution s) {
        if (s.revoked() || s.to().isBefore(LocalDate.now(ZONE))) {
            return new Span();
        }
        return RowActions.button(this, VaadinIcon.BAN, "substitution.action.revoke", s.substitute().displayName(), "revoke", () -> {
            if (ServiceCalls.run(this, Map.of(), this::refresh, () -> substitutions.revoke(s.id(), s.version()))) {
                ServiceCalls.saved(this, "substitution.revoked");
                refresh();
            }
        });
    }

    private void appoint() {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("substitution.action.add"));
        var people = staff.list();
        ComboBox<StaffMember> absent = person("substitution.field.absent", "substitution-absent", people);
        ComboBox<StaffMember> substitute = person("substitution.field.substitute", "substitution-substitute", people);
        DatePicker from = DateFields.datePicker(this, getTranslation("substitution.field.from"));
        from.setId("substitution-from");
        from.setValue(LocalDate.now(ZONE));
        DatePicker to = DateFields.datePicker(this, getTranslation("substitution.field.to"));
        to.setId("substitution-to");
        TextField reason = new TextField(getTranslation("substitution.field.reason"));
        reason.setId("substitution-reason");
        reason.setMaxLength(500);
        FormLayout form = new FormLayout(absent, substitute, from, to, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(reason, 2);
        dialog.add(form);
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (ServiceCalls.run(this, Map.of("absent", absent, "substitute", substitute, "from", from, "to", to, "reason", reason),
                    this::refresh, () -> substitutions.appoint(absent.getValue() == null ? null : absent.getValue().id(),
                            substitute.getValue() == null ? null : substitute.getValue().id(), from.getValue(), to.getValue(),
                            reason.getValue()))) {
                ServiceCalls.saved(this, "substitution.saved");
                dialog.close();
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("substitution-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private ComboBox<StaffMember> person(String labelKey, String id, java.util.List<StaffMember> people) {
        ComboBox<StaffMember> box = new ComboBox<>(getTranslation(labelKey));
        box.setId(id);
        box.setItems(people);
        box.setItemLabelGenerator(StaffMember::displayName);
        box.setRequiredIndicatorVisible(true);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("substitution.title") + " — " + getTranslation("app.name");
    }
}
