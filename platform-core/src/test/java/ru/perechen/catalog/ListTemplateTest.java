package ru.perechen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ru.perechen.audit.AuditLog;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListTemplateTest {

    /** 003: five columns, no group number, the direction first. */
    static final ListTemplateDraft DIZO = new ListTemplateDraft(false, List.of(
            TemplateColumnDraft.standard(StandardColumn.GROUP_NUMBER, "Номер группы процессов", false),
            TemplateColumnDraft.standard(StandardColumn.GROUP_NAME, "Направление деятельности", true),
            TemplateColumnDraft.standard(StandardColumn.PROCESS, "Наименование конкретного процесса", true),
            TemplateColumnDraft.standard(StandardColumn.TOUCHPOINT, "Точка взаимодействия", true),
            TemplateColumnDraft.standard(StandardColumn.NEEDS, "Осуществляемое взаимодействие с клиентом", true),
            TemplateColumnDraft.standard(StandardColumn.SPECIFICS, "Особенности взаимодействия с клиентом", true)));

    @Autowired AgencyDirectory directory;
    @Autowired ListTemplateService templates;
    @Autowired AuditLog audit;

    AgencyId agency;
    AgencyId other;

    @BeforeAll
    void two_agencies() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("97", "Тестовая область шаблонов");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "template-a", "Департамент Ш",
                    "Департамент Ш", AgencyType.DEPARTMENT, null, null));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "template-b", "Министерство Ш",
                    "Министерство Ш", AgencyType.MINISTRY, null, null));
            return null;
        });
        admin(() -> {
            templates.save(-1, DIZO);
            return null;
        });
    }

    @Test
    void an_agency_without_a_template_prints_the_six_columns_of_the_methodology_with_the_numbering_row() {
        ListTemplate methodology = as(agencyUser(other, Role.VIEWER), templates::current);
        assertThat(methodology.version()).isEqualTo(-1);
        assertThat(methodology.numberingRow()).isTrue();
        assertThat(methodology.printed()).extracting(TemplateColumn::title).containsExactly("Номер группы процессов",
                "Наименование группы процессов", "Наименование конкретного процесса", "Точка взаимодействия",
                "Осуществляемое взаимодействие с клиентом", "Особенности взаимодействия с клиентом");
    }

    @Test
    void the_003_template_prints_five_columns_starting_with_the_direction() {
        ListTemplate template = admin(templates::current);
        assertThat(template.printed()).extracting(TemplateColumn::title).containsExactly("Направление деятельности",
                "Наименование конкретного процесса", "Точка взаимодействия", "Осуществляемое взаимодействие с клиентом",
                "Особенности взаимодействия с клиентом");
        assertThat(template.numberingRow()).isFalse();
        assertThat(template.columns()).hasSize(6);
        assertThat(admin(() -> audit.recent(10))).anyMatch(e -> e.entityType().equals("ListTemplate"));
    }

    @Test
    void an_agency_adds_its_own_columns_reorders_them_and_hides_rather_than_deletes_them() {
        ListTemplate before = admin(templates::current);
        List<TemplateColumnDraft> columns = new ArrayList<>(before.toDraft().columns());
        columns.add(2, TemplateColumnDraft.custom(CustomColumnType.UNIT, "Ответственное подразделение", List.of()));
        columns.add(TemplateColumnDraft.custom(CustomColumnType.CHOICE, "Клиент", List.of("внешний", " внутренний ", "внешний")));
        ListTemplate saved = admin(() -> templates.save(before.version(), new ListTemplateDraft(true, columns)));
        try {
            assertThat(saved.printed()).extracting(TemplateColumn::title).containsSequence("Направление деятельности",
                    "Ответственное подразделение", "Наименование конкретного процесса");
            TemplateColumn client = saved.columns().getLast();
            assertThat(client.customType()).isEqualTo(CustomColumnType.CHOICE);
            assertThat(client.options()).containsExactly("внешний", "внутренний");
            assertThat(saved.version()).isGreaterThan(before.version());

            // a column of the agency's own cannot simply disappear: it is hidden
            List<TemplateColumnDraft> dropped = new ArrayList<>(saved.toDraft().columns());
            dropped.removeLast();
            assertThat(problem(saved.version(), new ListTemplateDraft(true, dropped)).messageKey())
                    .isEqualTo("template.error.column-missing");
            List<TemplateColumnDraft> hidden = new ArrayList<>(saved.toDraft().columns());
            TemplateColumnDraft last = hidden.removeLast();
            hidden.add(new TemplateColumnDraft(last.id(), null, null, last.title(), false, last.options()));
            ListTemplate afterHiding = admin(() -> templates.save(saved.version(), new ListTemplateDraft(true, hidden)));
            assertThat(afterHiding.columns()).hasSize(8);
            assertThat(afterHiding.printed()).extracting(TemplateColumn::title).doesNotContain("Клиент");
            assertThat(afterHiding.columns().getLast().id()).isEqualTo(client.id());
        } finally {
            ListTemplate now = admin(templates::current);
            List<TemplateColumnDraft> restore = new ArrayList<>(DIZO.columns().stream()
                    .map(d -> new TemplateColumnDraft(now.columns().stream().filter(c -> c.standard() == d.standard())
                            .findFirst().orElseThrow().id(), null, null, d.title(), d.visible(), List.of())).toList());
            now.columns().stream().filter(TemplateColumn::isCustom)
                    .forEach(c -> restore.add(new TemplateColumnDraft(c.id(), null, null, c.title(), false, c.options())));
            admin(() -> templates.save(now.version(), new ListTemplateDraft(false, restore)));
        }
    }

    @Test
    void bad_templates_are_refused_with_the_column_and_nothing_changes() {
        ListTemplate before = admin(templates::current);
        List<TemplateColumnDraft> noProcess = new ArrayList<>(before.toDraft().columns());
        TemplateColumnDraft process = noProcess.get(2);
        noProcess.set(2, new TemplateColumnDraft(process.id(), null, null, process.title(), false, List.of()));
        InvalidConfigurationException hidden = problem(before.version(), new ListTemplateDraft(false, noProcess));
        assertThat(hidden.field()).isEqualTo("columns.3.visible");
        assertThat(hidden.messageKey()).isEqualTo("template.error.always-printed");

        List<TemplateColumnDraft> twice = new ArrayList<>(before.toDraft().columns());
        twice.add(TemplateColumnDraft.custom(CustomColumnType.TEXT, "точка  взаимодействия", List.of()));
        assertThat(problem(before.version(), new ListTemplateDraft(false, twice)).field()).isEqualTo("columns.7.title");

        List<TemplateColumnDraft> noOptions = new ArrayList<>(before.toDraft().columns());
        noOptions.add(TemplateColumnDraft.custom(CustomColumnType.CHOICE, "Канал", List.of(" ")));
        assertThat(problem(before.version(), new ListTemplateDraft(false, noOptions)).messageKey())
                .isEqualTo("template.error.options-required");

        List<TemplateColumnDraft> untitled = new ArrayList<>(before.toDraft().columns());
        untitled.add(TemplateColumnDraft.custom(CustomColumnType.TEXT, "  ", List.of()));
        assertThat(problem(before.version(), new ListTemplateDraft(false, untitled)).messageKey())
                .isEqualTo("template.error.title-required");

        assertThat(admin(templates::current)).isEqualTo(before);
    }

    @Test
    void a_second_admin_saving_from_an_old_version_is_refused_and_only_the_admin_may_save() {
        ListTemplate before = admin(templates::current);
        ListTemplate saved = admin(() -> templates.save(before.version(), before.toDraft()));
        assertThatThrownBy(() -> admin(() -> templates.save(before.version(), ListTemplateDraft.methodology())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(admin(templates::current).printed()).extracting(TemplateColumn::title).first()
                .isEqualTo("Направление деятельности");
        assertThatThrownBy(() -> as(agencyUser(agency, Role.CC_DEPUTY), () -> templates.save(saved.version(), saved.toDraft())))
                .isInstanceOf(AccessDeniedToTenantException.class);
    }

    private InvalidConfigurationException problem(long version, ListTemplateDraft draft) {
        return catchThrowableOfType(InvalidConfigurationException.class, () -> admin(() -> templates.save(version, draft)));
    }

    private <T> T admin(Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }
}
