package ru.perechen.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.uitest.BrowserlessAgencyTest;

/**
 * The catalogue editors without a browser: what the tenant admin is told about bad input, that
 * nothing is stored until the input is right, and what is stored then.
 */
class CatalogEditorsTest extends BrowserlessAgencyTest {

    @Autowired TouchpointService touchpoints;
    @Autowired OrgUnitService units;
    @Autowired ProcessRegistryService registry;

    @Test
    void a_touchpoint_whose_address_does_not_fit_its_channel_is_refused_at_the_field_and_not_stored() {
        signIn("minek.admin");
        navigate(TouchpointsView.class, Map.of("agency", "minek-nso"));
        int before = touchpoints.list().size();

        test($(Button.class).id("add-touchpoint")).click();
        test($(TextField.class).id("touchpoint-name")).setValue("Чат-бот поддержки экспортёров");
        @SuppressWarnings("unchecked")
        Select<ChannelType> type = (Select<ChannelType>) $(Select.class).id("touchpoint-type");
        test(type).selectItem("Официальный сайт");
        TextField address = $(TextField.class).id("touchpoint-address");
        test(address).setValue("экспорт точка рф");
        test($(Button.class).id("touchpoint-save")).click();
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("«экспорт точка рф» — не ссылка: нужен адрес вида https://…");
        assertThat(touchpoints.list()).hasSize(before);

        test(address).setValue("https://export.nso.ru/bot");
        test($(Button.class).id("touchpoint-save")).click();
        Touchpoint stored = touchpoints.list().stream().filter(t -> t.name().equals("Чат-бот поддержки экспортёров"))
                .findFirst().orElseThrow();
        assertThat(stored.kind()).isEqualTo(ChannelKind.DIGITAL);
        assertThat(stored.address()).isEqualTo("https://export.nso.ru/bot");
        assertThat($(TextField.class).withId("touchpoint-name").exists()).isFalse();
    }

    @Test
    void a_unit_with_the_name_of_another_is_refused_and_a_unit_is_never_offered_as_its_own_parent() {
        signIn("mpt.admin");
        navigate(OrgUnitsView.class, Map.of("agency", "minpromtorg-nso"));
        int before = units.list().size();

        test($(Button.class).id("add-unit")).click();
        TextField name = $(TextField.class).id("unit-name");
        test(name).setValue("  отдел РАЗВИТИЯ промышленности ");
        test($(Button.class).id("unit-save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("уже есть в списке");
        assertThat(units.list()).hasSize(before);

        test(name).setValue("Отдел внешнеэкономической деятельности");
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> parent = (ComboBox<OrgUnit>) $(ComboBox.class).id("unit-parent");
        test(parent).selectItem("Управление промышленной политики");
        test($(Button.class).id("unit-save")).click();
        OrgUnit added = units.list().stream().filter(u -> u.name().equals("Отдел внешнеэкономической деятельности"))
                .findFirst().orElseThrow();
        assertThat(added.path()).containsExactly("Управление промышленной политики", "Отдел внешнеэкономической деятельности");

        // the tree below a unit is not offered as its parent: no cycle can be built from the dialog
        OrgUnit top = units.list().stream().filter(u -> u.name().equals("Управление промышленной политики")).findFirst().orElseThrow();
        var dialog = new OrgUnitDialog(top, null, units.list(), java.util.List.of(), d -> true);
        dialog.open();
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> own = (ComboBox<OrgUnit>) $(ComboBox.class).id("unit-parent");
        assertThat(test(own).getSuggestions()).doesNotContain("Управление промышленной политики",
                "Управление промышленной политики / Отдел внешнеэкономической деятельности",
                "Управление промышленной политики / Отдел развития промышленности");
        dialog.close();
    }

    @Test
    void a_process_needs_its_units_or_the_uniform_mark_before_it_enters_the_registry() {
        signIn("gsn.admin");
        navigate(ProcessRegistryView.class, Map.of("agency", "gsn-nso"));
        int before = registry.list().size();

        test($(Button.class).id("add-process")).click();
        test($(TextArea.class).id("process-name")).setValue("Выдача разрешений на ввод объектов в эксплуатацию");
        @SuppressWarnings("unchecked")
        ComboBox<ProcessGroup> group = (ComboBox<ProcessGroup>) $(ComboBox.class).id("process-group");
        test(group).selectItem(test(group).getSuggestions().stream().filter(s -> s.contains("контроля")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<ProcessKind> kind = (Select<ProcessKind>) $(Select.class).id("process-kind");
        test(kind).selectItem("Контрольная (надзорная) функция");
        test($(Button.class).id("process-save")).click();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnit> owners = (MultiSelectComboBox<OrgUnit>) $(MultiSelectComboBox.class).id("process-units");
        assertThat(owners.isInvalid()).isTrue();
        assertThat(owners.getErrorMessage()).isEqualTo("Укажите подразделения или отметьте, что процесс осуществляется единообразно всеми");
        assertThat(registry.list()).hasSize(before);

        test($(Checkbox.class).id("process-uniform")).click();
        test($(Button.class).id("process-save")).click();
        AgencyProcess added = registry.list().stream()
                .filter(p -> p.name().equals("Выдача разрешений на ввод объектов в эксплуатацию")).findFirst().orElseThrow();
        assertThat(added.uniformForAllUnits()).isTrue();
        assertThat(added.kind()).isEqualTo(ProcessKind.CONTROL_FUNCTION);
    }

    @Test
    void the_printed_header_follows_the_column_titles_as_they_are_typed() {
        signIn("gsn.admin");
        navigate(ListTemplateView.class, Map.of("agency", "gsn-nso"));
        Div preview = $(Div.class).id("template-preview");
        assertThat(headerOf(preview)).contains("Наименование группы процессов");

        test($(TextField.class).id("column-2-title")).setValue("Направление деятельности инспекции");
        assertThat(headerOf(preview)).contains("Направление деятельности инспекции")
                .doesNotContain("Наименование группы процессов");

        test($(Checkbox.class).id("column-1-printed")).click();
        assertThat(headerOf(preview)).doesNotContain("Номер группы процессов");
    }

    private static String headerOf(Div preview) {
        String html = preview.getChildren().map(c -> ((Html) c).getInnerHtml()).findFirst().orElseThrow();
        return html.substring(0, html.indexOf("</thead>"));
    }
}
