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
import ru.perechen.people.PeopleService;
import ru.perechen.people.Person;
import ru.perechen.people.Staffing;
import ru.perechen.people.StaffingWarning;
import ru.perechen.tenancy.Role;
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

    PeopleView(AgencyRouteGuard routes, PeopleService people) {
        this.routes = routes;
        this.people = people;
        addClassName("page");
        addClassName("page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            Staffing staffing = people.staffing();
            add(new PageHeader(getTranslation("people.title"), getTranslation("people.subtitle", agency.shortName(),
                    staffing.people().size())), new Paragraph(getTranslation("people.intro")), warnings(staffing), grid(staffing));
        });
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
                .setComparator(Comparator.comparing(Person::name)).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(p -> p.email() == null ? "—" : p.email()).setKey("email").setHeader(getTranslation("people.column.email"))
                .setTooltipGenerator(p -> p.email() == null ? "" : p.email()).setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(this::units).setKey("units").setHeader(getTranslation("people.column.units")).setWidth("15rem")
                .setFlexGrow(2);
        grid.addColumn(this::roles).setKey("roles").setHeader(getTranslation("people.column.roles")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(p -> p.lastSignIn() == null ? getTranslation("people.never")
                        : Formats.DATE_TIME.format(p.lastSignIn().atZone(MOSCOW))).setKey("last-sign-in")
                .setHeader(getTranslation("people.column.last-sign-in")).setSortable(true)
                .setComparator(Comparator.comparing(Person::lastSignIn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(staffing.people());
        return grid;
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
