package ru.perechen.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Collectors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Map;
import ru.perechen.admin.ProvisioningException;
import ru.perechen.admin.StaffAdministration;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.people.PeopleService;
import ru.perechen.people.Person;
import ru.perechen.people.Staffing;
import ru.perechen.people.StaffingWarning;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/**
 * «Сотрудники»: everyone of the agency with their units and roles and their last sign-in, and above them what
 * the configuration still lacks in people. For the agency's tenant admin.
 */
@Route("agency/:agency/people")
@RolesAllowed("TENANT_ADMIN")
class PeopleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final AgencyRouteGuard routes;
    private final PeopleService people;
    private final StaffAdministration administration;
    private AgencySummary agency;

    PeopleView(AgencyRouteGuard routes, PeopleService people, StaffAdministration administration) {
        this.routes = routes;
        this.people = people;
        this.administration = administration;
        addClassName("page");
        addClassName("page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary shown) {
        agency = shown;
        removeAll();
        Staffing staffing = people.staffing();
        add(new PageHeader(getTranslation("people.title"), getTranslation("people.subtitle", shown.shortName(),
                staffing.people().size())), new Paragraph(getTranslation("people.intro")), warnings(staffing), grid(staffing));
    }

    private Component warnings(Staffing staffing) {
        Div box = new Div();
        box.setId("people-warnings");
        if (staffing.warnings().isEmpty()) {
            Paragraph fine = new Paragraph(getTranslation("people.warnings.none"));
            fine.addClassNames("finding", "finding-success");
            box.add(fine);
            return box;
        }
        box.add(new H2(getTranslation("people.warnings.title", staffing.warnings().size())));
        UnorderedList list = new UnorderedList();
        for (StaffingWarning w : staffing.warnings()) {
            ListItem item = new ListItem(text(w));
            item.addClassNames("finding", "finding-warning");
            item.getElement().setAttribute("data-kind", w.kind().name());
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private String text(StaffingWarning w) {
        return switch (w.kind()) {
            case UNIT_WITHOUT_HEAD -> getTranslation(w.kind().messageKey(), w.subject());
            case ROLE_NOBODY_HOLDS -> getTranslation(w.kind().messageKey(), getTranslation(Role.valueOf(w.subject()).messageKey()));
            case STEP_FINDS_NOBODY -> getTranslation(w.kind().messageKey(), w.subject(), w.details().size(),
                    w.details().stream().limit(3).collect(Collectors.joining("», «", "«", "»"))
                            + (w.details().size() > 3 ? getTranslation("people.warning.more", w.details().size() - 3) : ""));
        };
    }

    private Grid<Person> grid(Staffing staffing) {
        Grid<Person> grid = new Grid<>();
        grid.setId("people");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::who).setKey("name").setHeader(getTranslation("people.column.name")).setSortable(true)
                .setComparator(Comparator.comparing(Person::name)).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(p -> p.email() == null ? "—" : p.email()).setKey("email").setHeader(getTranslation("people.column.email"))
                .setTooltipGenerator(p -> p.email() == null ? "" : p.email()).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(this::units).setKey("units").setHeader(getTranslation("people.column.units")).setWidth("13rem")
                .setFlexGrow(2);
        grid.addColumn(this::roles).setKey("roles").setHeader(getTranslation("people.column.roles")).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(p -> p.lastSignIn() == null ? getTranslation("people.never")
                        : Formats.DATE_TIME.format(p.lastSignIn().atZone(MOSCOW))).setKey("last-sign-in")
                .setHeader(getTranslation("people.column.last-sign-in")).setSortable(true)
                .setComparator(Comparator.comparing(Person::lastSignIn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("people.column.state")).setWidth("8.5rem")
                .setFlexGrow(0);
        grid.setPartNameGenerator(p -> p.disabled() ? "retired" : null);
        grid.setItems(staffing.people());
        return grid;
    }

    /** «Активен» or «Отключён», and under it «Отключить» or «Включить» — not on one's own row. */
    private Component state(Person p) {
        Span state = new Span(getTranslation(p.disabled() ? "people.state.disabled" : "people.state.active"));
        state.addClassName("people-state");
        Div cell = new Div(new Div(state));
        String me = TenantContext.principal().map(TenantPrincipal::actorId).orElse("");
        if (!p.subject().equals(me)) {
            cell.add(new Div(toggle(p)));
        }
        return cell;
    }

    private Button toggle(Person p) {
        Button toggle = new Button(getTranslation(p.disabled() ? "people.action.enable" : "people.action.disable"), e -> confirm(p));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (!p.disabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.getElement().setAttribute("data-action", p.disabled() ? "enable-person" : "disable-person");
        toggle.setAriaLabel(toggle.getText() + ": " + p.name());
        return toggle;
    }

    private void confirm(Person p) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("person-state-confirm");
        confirm.setHeader(getTranslation(p.disabled() ? "people.enable.header" : "people.disable.header", p.name()));
        confirm.setText(getTranslation(p.disabled() ? "people.enable.text" : "people.disable.text", p.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(p.disabled() ? "people.action.enable" : "people.action.disable"));
        if (!p.disabled()) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> {
            try {
                if (ServiceCalls.run(this, Map.of(), () -> { }, () -> {
                    if (p.disabled()) {
                        administration.enable(p.id());
                    } else {
                        administration.disable(p.id());
                    }
                    return null;
                })) {
                    ServiceCalls.saved(this, p.disabled() ? "people.enabled" : "people.disabled", p.name());
                }
            } catch (ProvisioningException failed) {
                ServiceCalls.error(getTranslation(failed.messageKey(), failed.arguments()));
            }
            show(agency);
        });
        confirm.open();
    }

    /** The name, and under it the login of the last sign-in. */
    private Component who(Person p) {
        Span login = new Span(p.login() == null ? "" : p.login());
        login.addClassName("people-login");
        return new Div(new Div(new Span(p.name())), new Div(login));
    }

    private Component units(Person p) {
        Div cell = new Div();
        if (p.units().isEmpty()) {
            cell.setText("—");
        }
        for (Person.Membership m : p.units()) {
            Span unit = new Span(m.head() ? getTranslation("people.unit.head", m.unit()) : m.unit());
            if (m.head()) {
                unit.addClassName("people-head");
            }
            Div line = new Div(unit);
            line.addClassName("people-unit");
            cell.add(line);
        }
        return cell;
    }

    private String roles(Person p) {
        if (p.roles().isEmpty()) {
            return getTranslation("role.none");
        }
        return p.roles().stream().sorted().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " — " + getTranslation("app.name");
    }
}
