package ru.perechen.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.perechen.audit.AuditEntry;
import ru.perechen.uitest.BrowserlessAgencyTest;

/** The audit page without a browser: the chain's state, and the log narrowed by words. */
class AuditViewTest extends BrowserlessAgencyTest {

    @Test
    void the_page_says_the_chain_is_intact_and_the_search_narrows_the_events() {
        signIn("gsn.admin");
        navigate(AuditView.class, Map.of("agency", "gsn-nso"));
        assertThat($(Span.class).id("audit-chain").getText()).startsWith("Цепочка записей цела");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = (Grid<AuditEntry>) $(Grid.class).id("audit");
        int all = test(grid).size();
        assertThat(all).isGreaterThan(5);
        test($(TextField.class).id("audit-text")).setValue("редакция");
        int found = test(grid).size();
        assertThat(found).isBetween(1, all - 1);
        for (int i = 0; i < found; i++) {
            AuditEntry e = test(grid).getRow(i);
            assertThat(e.summary() + " " + e.actorName()).containsIgnoringCase("редакция");
        }
    }
}
