package ru.perechen.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.admin.RegionCoordinator;
import ru.perechen.admin.RegionCoordinatorService;
import ru.perechen.identity.PerechenUser;
import ru.perechen.region.RegionRollup;
import ru.perechen.tenancy.Role;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * The platform admin's regions on the demo data: Novosibirsk and Mordovia as rows with their demo
 * coordinators; the assignment form refusing at its fields, Keycloak not being configured in tests; «Снять» asking first.
 */
class PlatformRegionsViewTest extends BrowserlessAgencyTest {

    @Autowired RegionCoordinatorService coordinators;

    @Test
    @SuppressWarnings("unchecked")
    void every_region_is_a_row_with_its_coordinators_and_the_form_refuses_at_its_fields() {
        platformAdmin();
        navigate(PlatformView.class);
        assertThat($(RouterLink.class).id("region-rollup").getHref()).isEqualTo("platform/regions");

        navigate(PlatformRegionsView.class);
        awaitComponent("platform-rollup");
        Grid<RegionRollup> grid = (Grid<RegionRollup>) $(Grid.class).id("platform-rollup");
        int nso = row(grid, "54");
        int rm = row(grid, "13");
        assertThat(test(grid).getRow(nso).region().name()).isEqualTo("Новосибирская область");
        assertThat(test(grid).getRow(nso).agencies()).isEqualTo(4);
        assertThat(test(grid).getCellText(nso, test(grid).getColumnPosition("agencies"))).isEqualTo("4 / 0");
        Anchor open = (Anchor) test(grid).getCellComponent(nso, "region").getChildren().filter(Anchor.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(open.getHref()).isEqualTo("region/54");
        assertThat(text(test(grid).getCellComponent(nso, "region"))).isEqualTo("54Новосибирская область");
        assertThat(text(test(grid).getCellComponent(nso, "coordinators"))).contains("Николай Координаторов (coord.nso)");
        assertThat(text(test(grid).getCellComponent(rm, "coordinators"))).contains("Мирон Мордвинов (coord.rm)")
                .doesNotContain("coord.nso");

        // the form: a bad login, a single word for the name, someone assigned already — each at its field
        test(button(test(grid).getCellComponent(nso, "coordinators"), "assign-coordinator")).click();
        TextField username = $(TextField.class).id("coordinator-username");
        TextField name = $(TextField.class).id("coordinator-name");
        EmailField email = $(EmailField.class).id("coordinator-email");
        test(username).setValue("новый координатор");
        test(name).setValue("Сибиряков Степан");
        test(email).setValue("stepan@example.ru");
        test($(Button.class).id("coordinator-save")).click();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).startsWith("Имя для входа: латинские буквы");
        test(username).setValue("coord.sib");
        test(name).setValue("Сибиряков");
        test($(Button.class).id("coordinator-save")).click();
        assertThat(username.isInvalid()).isFalse();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Укажите фамилию и имя");
        test(name).setValue("Сибиряков Степан");
        test(username).setValue("coord.nso");
        test($(Button.class).id("coordinator-save")).click();
        assertThat(username.getErrorMessage()).isEqualTo("coord.nso уже координатор этого региона");

        // a valid form reaches Keycloak, which tests do not configure: said so, and nothing stored
        test(username).setValue("coord.sib");
        test($(Button.class).id("coordinator-save")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Keycloak для платформы не настроен");
        assertThat(usernames("54")).containsExactly("coord.nso");

        // «Снять» asks first; cancelled, the coordinator stays
        test(button(test(grid).getCellComponent(nso, "coordinators"), "revoke-coordinator")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("coordinator-revoke-confirm");
        assertThat(test(confirm).getHeader()).isEqualTo("Снять координатора Николай Координаторов?");
        test(confirm).cancel();
        assertThat(usernames("54")).containsExactly("coord.nso");
    }

    private List<String> usernames(String region) {
        return coordinators.coordinators(region).stream().map(RegionCoordinator::username).toList();
    }

    private int row(Grid<RegionRollup> grid, String code) {
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).region().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(PlatformRegionsViewTest::tree));
    }

    private static String text(Component cell) {
        return cell.getElement().getTextRecursively();
    }

    private static Button button(Component cell, String action) {
        return tree(cell).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> action.equals(b.getElement().getAttribute("data-action"))).findFirst().orElseThrow();
    }

    private void platformAdmin() {
        PerechenUser user = new PerechenUser("platform-admin-test", "platform.admin", "Платон Платформин", null,
                Set.of(Role.PLATFORM_ADMIN), null, null);
        signInAs(user);
    }
}
