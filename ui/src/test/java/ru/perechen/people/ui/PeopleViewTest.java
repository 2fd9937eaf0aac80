package ru.perechen.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.perechen.people.Person;
import ru.perechen.uitest.BrowserlessAgencyTest;

/** «Сотрудники» of Минэкономразвития НСО as its tenant admin reads it: everyone with units and roles, and who is missing. */
class PeopleViewTest extends BrowserlessAgencyTest {

    @org.springframework.beans.factory.annotation.Autowired ru.perechen.catalog.StaffDirectory staff;
    @org.springframework.beans.factory.annotation.Autowired ru.perechen.people.PeopleService service;

    @Test
    @SuppressWarnings("unchecked")
    void the_tenant_admin_sees_everyone_with_units_and_roles_and_the_warnings_in_words() {
        signIn("minek.admin");
        var minek = directory.findBySlug("minek-nso").orElseThrow().id();
        // a sign-in through Keycloak records its login and time (the browserless sign-in does not pass the identity provider)
        var holder = ru.perechen.tenancy.TenantContext.callAsAgency(minek, () -> staff.holdersOf(ru.perechen.tenancy.Role.TENANT_ADMIN)
                .getFirst());
        ru.perechen.tenancy.TenantContext.callAsAgency(minek, () -> staff.recordLogin(holder.subject(), "minek.admin",
                holder.displayName(), holder.email(), holder.roles()));
        navigate(PeopleView.class, Map.of("agency", "minek-nso"));
        Grid<Person> grid = (Grid<Person>) $(Grid.class).id("people");
        List<Person> people = test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(people).extracting(Person::login).contains("minek.admin");
        int admin = people.stream().map(Person::login).toList().indexOf("minek.admin");
        assertThat(test(grid).getCellText(admin, test(grid).getColumnPosition("roles"))).contains("Администратор органа");
        assertThat(test(grid).getCellText(admin, test(grid).getColumnPosition("last-sign-in"))).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d");

        Div warnings = $(Div.class).id("people-warnings");
        List<String> items = warnings.getChildren().flatMap(c -> c.getChildren()).filter(ListItem.class::isInstance)
                .map(c -> c.getElement().getText()).toList();
        int expected = service.staffing().warnings().size();
        assertThat(items).hasSize(expected);
        String said = items.isEmpty() ? warnings.getElement().getTextRecursively() : String.join("\n", items);
        assertThat(said).as("every warning or the all-clear is a sentence in Russian").isNotBlank().doesNotContain("people.warning")
                .doesNotContain("ROLE_NOBODY_HOLDS").doesNotContain("CC_DEPUTY");
    }

    @Test
    @SuppressWarnings("unchecked")
    void disabling_asks_first_and_a_refusal_of_the_identity_provider_keeps_the_person_active() {
        signIn("minek.admin");
        navigate(PeopleView.class, Map.of("agency", "minek-nso"));
        Grid<Person> grid = (Grid<Person>) $(Grid.class).id("people");
        int viewer = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> button(test(grid).getCellComponent(i, "state")).isPresent()).findFirst().orElseThrow();
        Person before = test(grid).getRow(viewer);
        assertThat(test(grid).getCellComponent(viewer, "state").getElement().getTextRecursively()).startsWith("Активен");
        test(button(test(grid).getCellComponent(viewer, "state")).orElseThrow()).click();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .id("person-state-confirm");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();
        // Keycloak is not configured in these tests: the change is refused and nothing is kept
        assertThat(service.staffing().people().stream().filter(p -> p.id().equals(before.id())).findFirst().orElseThrow().disabled())
                .isFalse();
        assertThat($(com.vaadin.flow.component.notification.Notification.class).last().getElement().getProperty("text", ""))
                .contains("Keycloak");
    }

    private static java.util.Optional<com.vaadin.flow.component.button.Button> button(com.vaadin.flow.component.Component cell) {
        return cell.getChildren().flatMap(com.vaadin.flow.component.Component::getChildren)
                .filter(com.vaadin.flow.component.button.Button.class::isInstance).map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst();
    }
}
