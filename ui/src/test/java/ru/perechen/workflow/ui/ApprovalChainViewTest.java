package ru.perechen.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.uitest.BrowserlessAgencyTest;
import ru.perechen.tenancy.Role;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApproverRule;

/**
 * The chain editor without a browser, on the demo agency ДИЗО НСО: what the tenant admin sees while
 * editing, and what is stored when they save.
 */
class ApprovalChainViewTest extends BrowserlessAgencyTest {

    @Autowired ApprovalChainService chains;

    @BeforeEach
    void sign_in_as_the_dizo_admin() {
        signIn("dizo.admin");
    }

    @Test
    void the_route_and_the_check_follow_every_change_and_a_save_makes_a_new_revision() {
        navigate(ApprovalChainView.class, Map.of("agency", "dizo-nso"));
        assertThat(routeItems()).containsExactly("Руководитель подразделения, ответственного за процесс", "Курирующий заместитель",
                "сотрудник с ролью «Заместитель, ответственный за клиентоцентричность»", "Утверждение приказом (номер и дата)");
        assertThat(findings()).contains("Для каждого процесса реестра на каждом этапе есть согласующий");

        // one person at a step and as the only holder of the last one: shown at once, before saving
        test($(Button.class).id("add-step")).click();
        @SuppressWarnings("unchecked")
        Select<ApproverRule> rule = (Select<ApproverRule>) $(Select.class).id("step-4-rule");
        test(rule).selectItem("Сотрудник с ролью");
        assertThat(routeItems().get(3)).isEqualTo("согласующий не выбран");
        @SuppressWarnings("unchecked")
        Select<Role> role = (Select<Role>) $(Select.class).id("step-4-role");
        test(role).selectItem("Заместитель, ответственный за клиентоцентричность");
        test($(Button.class).id("save-chain")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("Этап 4 повторяет этап 3");
        assertThat(chains.history()).hasSize(1);

        test($(Button.class).id("step-4-remove")).click();
        test($(Button.class).id("save-chain")).click();
        assertThat(chains.history()).hasSize(2);
        assertThat($(Span.class).id("chain-status").getText()).startsWith("Действующая редакция № 2");
    }

    private List<String> routeItems() {
        return $(OrderedList.class).id("chain-route").getChildren().map(c -> c.getElement().getText()).toList();
    }

    private String findings() {
        return $(Div.class).id("chain-findings").getElement().getTextRecursively();
    }
}
