package ru.perechen.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.register.ListService;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * A member of Минпромторг НСО's organization to whom nobody gave a role: the pages refuse them with
 * «Нет доступа», the home page says why, and the services behind the pages refuse them too.
 */
class MemberWithoutRoleTest extends BrowserlessAgencyTest {

    @Autowired ListService list;

    @BeforeEach
    void sign_in_as_a_member_without_a_role() {
        signIn("mpt.newcomer", "Новый Сотрудник", "minpromtorg-nso", Set.of());
    }

    @Test
    void the_agency_pages_show_no_access() {
        for (String page : new String[] {"agency/minpromtorg-nso/list", "agency/minpromtorg-nso/requests", "agency/minpromtorg-nso/units"}) {
            navigate(page, AccessDeniedView.class);
            assertThat(getCurrentView()).as(page).isInstanceOf(AccessDeniedView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).as(page).contains("Нет доступа");
        }
    }

    @Test
    void the_home_page_says_that_no_role_was_given_in_the_agency() {
        navigate(HomeView.class);
        assertThat($(Paragraph.class).first().getText()).isEqualTo("Вы сотрудник органа «Минпромторг НСО», но роль в нём вам не "
                + "назначена: страницы органа откроются, когда администратор органа назначит роль.");
    }

    @Test
    void the_services_behind_the_pages_refuse_as_well() {
        assertThatThrownBy(list::versions).isInstanceOf(AccessDeniedToTenantException.class);
        assertThatThrownBy(list::current).isInstanceOf(AccessDeniedToTenantException.class);
    }
}
