package ru.perechen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessRegistryTest {

    private static final Basis LAW = new Basis(BasisKind.NORMATIVE_ACT,
            "Федеральный закон «Об организации предоставления государственных и муниципальных услуг»", "210-ФЗ",
            LocalDate.of(2010, 7, 27), "https://www.consultant.ru/document/cons_doc_LAW_103023/");

    @Autowired AgencyDirectory directory;
    @Autowired ProcessRegistryService registry;
    @Autowired ProcessGroupService groups;
    @Autowired OrgUnitService units;

    AgencyId agency;
    AgencyId other;
    ProcessGroup services;
    ProcessGroup appeals;
    OrgUnit land;
    OrgUnit property;

    @BeforeAll
    void an_agency_with_groups_and_units() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("94", "Тестовая область реестра");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "registry-a", "Департамент Р",
                    "Департамент Р", AgencyType.DEPARTMENT, null, null));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "registry-b", "Министерство Р",
                    "Министерство Р", AgencyType.MINISTRY, null, null));
            return null;
        });
        admin(() -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.PUBLIC_SERVICES, DefaultProcessGroup.APPEALS));
            return null;
        });
        services = admin(groups::list).get(0);
        appeals = admin(groups::list).get(1);
        land = admin(() -> units.create(new OrgUnitDraft("Управление земельных отношений", null, null, null, Set.of())));
        property = admin(() -> units.create(new OrgUnitDraft("Управление имущественных отношений", null, null, null, Set.of())));
    }

    @Test
    void a_process_is_stored_with_its_group_owner_units_and_bases() {
        AgencyProcess created = admin(() -> registry.create(new ProcessDraft(
                "Предоставление земельных участков в аренду без проведения торгов", services.id(), ProcessKind.PUBLIC_SERVICE,
                false, Set.of(land.id()), List.of(LAW), LocalDate.of(2024, 2, 1), "Приказ от 01.02.2024 № 15")));
        AgencyProcess stored = admin(registry::list).stream().filter(p -> p.id().equals(created.id())).findFirst().orElseThrow();
        assertThat(stored.groupNumber()).isEqualTo(1);
        assertThat(stored.groupName()).isEqualTo(DefaultProcessGroup.PUBLIC_SERVICES.title());
        assertThat(stored.owners()).extracting(AgencyProcess.UnitRef::name).containsExactly("Управление земельных отношений");
        assertThat(stored.bases()).containsExactly(LAW);
        assertThat(stored.includedByAct()).isEqualTo("Приказ от 01.02.2024 № 15");
    }

    @Test
    void a_process_run_uniformly_by_all_units_names_no_unit_and_otherwise_needs_one() {
        AgencyProcess uniform = admin(() -> registry.create(new ProcessDraft("Рассмотрение обращений граждан", appeals.id(),
                ProcessKind.APPEALS, true, Set.of(land.id()), List.of(), null, null)));
        assertThat(uniform.owners()).isEmpty();
        assertThat(uniform.uniformForAllUnits()).isTrue();
        InvalidConfigurationException noUnit = catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> registry.create(new ProcessDraft("Выдача выписок", services.id(), ProcessKind.PUBLIC_SERVICE,
                        false, Set.of(), List.of(), null, null))));
        assertThat(noUnit.field()).isEqualTo("unitIds");
        assertThat(noUnit.messageKey()).isEqualTo("process.error.units-required");
    }

    @Test
    void bad_input_is_refused_with_the_field_and_row_and_nothing_is_stored() {
        int before = admin(registry::list).size();
        assertThat(problem(new ProcessDraft("", services.id(), ProcessKind.OTHER, true, Set.of(), List.of(), null, null)).field())
                .isEqualTo("name");
        assertThat(problem(new ProcessDraft("Без группы", null, ProcessKind.OTHER, true, Set.of(), List.of(), null, null)).field())
                .isEqualTo("groupId");
        assertThat(problem(new ProcessDraft("Без вида", services.id(), null, true, Set.of(), List.of(), null, null)).field())
                .isEqualTo("kind");
        InvalidConfigurationException badUrl = problem(new ProcessDraft("С плохой ссылкой", services.id(), ProcessKind.OTHER, true,
                Set.of(), List.of(LAW, new Basis(BasisKind.CONTRACT, "Соглашение с МФЦ", "7", null, "мфц точка рф")), null, null));
        assertThat(badUrl.messageKey()).isEqualTo("process.error.basis-url");
        assertThat(badUrl.arguments()).containsExactly(2, "мфц точка рф");
        InvalidConfigurationException noTitle = problem(new ProcessDraft("Без названия основания", services.id(), ProcessKind.OTHER,
                true, Set.of(), List.of(new Basis(BasisKind.INSTRUCTION, " ", null, null, null)), null, null));
        assertThat(noTitle.messageKey()).isEqualTo("process.error.basis-title-required");
        assertThat(admin(registry::list)).hasSize(before);
    }

    @Test
    void an_excluded_process_keeps_its_date_and_act_and_its_name_can_be_used_again() {
        AgencyProcess p = admin(() -> registry.create(new ProcessDraft("Согласование схемы расположения участка", services.id(),
                ProcessKind.PUBLIC_SERVICE, false, Set.of(land.id()), List.of(), LocalDate.of(2024, 3, 1), null)));
        assertThat(catchThrowableOfType(InvalidConfigurationException.class, () -> admin(() -> registry.exclude(p.id(), p.version(),
                LocalDate.of(2024, 1, 1), "Приказ № 1"))).messageKey()).isEqualTo("process.error.exclusion-before-inclusion");
        assertThat(catchThrowableOfType(InvalidConfigurationException.class, () -> admin(() -> registry.exclude(p.id(), p.version(),
                LocalDate.of(2025, 1, 1), " "))).field()).isEqualTo("excludedByAct");
        AgencyProcess excluded = admin(() -> registry.exclude(p.id(), p.version(), LocalDate.of(2025, 1, 1), "Приказ от 10.01.2025 № 3"));
        assertThat(excluded.excluded()).isTrue();
        assertThat(excluded.excludedOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        AgencyProcess again = admin(() -> registry.create(new ProcessDraft("Согласование схемы расположения участка", services.id(),
                ProcessKind.PUBLIC_SERVICE, false, Set.of(property.id()), List.of(), null, null)));
        assertThat(again.id()).isNotEqualTo(p.id());
        assertThat(catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> registry.reinclude(excluded.id(), excluded.version()))).messageKey())
                .isEqualTo("catalog.error.name-duplicate");
    }

    @Test
    void a_unit_running_processes_is_closed_only_with_its_processes_passed_on() {
        OrgUnit leaving = admin(() -> units.create(new OrgUnitDraft("Отдел, который закрывается", null, null, null, Set.of())));
        AgencyProcess p = admin(() -> registry.create(new ProcessDraft("Процесс закрываемого отдела", services.id(),
                ProcessKind.INTERNAL, false, Set.of(leaving.id()), List.of(), null, null)));
        OrgUnit counted = admin(units::list).stream().filter(u -> u.id().equals(leaving.id())).findFirst().orElseThrow();
        assertThat(counted.ownedProcesses()).isEqualTo(1);
        InvalidConfigurationException refused = catchThrowableOfType(InvalidConfigurationException.class,
                () -> admin(() -> units.close(counted.id(), counted.version(), null)));
        assertThat(refused.messageKey()).isEqualTo("units.error.reassign-required");
        assertThat(refused.arguments()).containsExactly(1);
        admin(() -> units.close(counted.id(), counted.version(), property.id()));
        AgencyProcess moved = admin(registry::list).stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow();
        assertThat(moved.owners()).extracting(AgencyProcess.UnitRef::name).containsExactly("Управление имущественных отношений");
    }

    @Test
    void a_closed_unit_cannot_be_given_a_new_process_and_stale_edits_are_refused() {
        OrgUnit closed = admin(() -> units.create(new OrgUnitDraft("Закрытый отдел", null, null, null, Set.of())));
        admin(() -> units.close(closed.id(), closed.version(), null));
        assertThat(problem(new ProcessDraft("Процесс закрытого отдела", services.id(), ProcessKind.OTHER, false,
                Set.of(closed.id()), List.of(), null, null)).messageKey()).isEqualTo("process.error.unit-closed");
        AgencyProcess p = admin(() -> registry.create(new ProcessDraft("Выдача справок об объектах", services.id(),
                ProcessKind.PUBLIC_SERVICE, false, Set.of(property.id()), List.of(), null, null)));
        admin(() -> registry.update(p.id(), p.version(), new ProcessDraft("Выдача справок об объектах", services.id(),
                ProcessKind.PUBLIC_SERVICE, false, Set.of(property.id(), land.id()), List.of(), null, null)));
        assertThatThrownBy(() -> admin(() -> registry.update(p.id(), p.version(), new ProcessDraft("Выдача справок", services.id(),
                ProcessKind.PUBLIC_SERVICE, false, Set.of(property.id()), List.of(), null, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void the_registry_of_one_agency_is_invisible_to_another() {
        admin(() -> registry.create(new ProcessDraft("Особый процесс департамента", appeals.id(), ProcessKind.OTHER, true,
                Set.of(), List.of(), null, null)));
        assertThat(as(agencyUser(other, Role.TENANT_ADMIN), registry::list)).isEmpty();
    }

    @Test
    void web_addresses_must_be_http_or_https_with_a_host() {
        assertThat(Addresses.isWebAddress("https://dizo.nso.ru/page/123")).isTrue();
        assertThat(Addresses.isWebAddress("ftp://dizo.nso.ru")).isFalse();
        assertThat(Addresses.isWebAddress("https://localhost")).isFalse();
        assertThat(Addresses.isWebAddress("не ссылка")).isFalse();
    }

    @Test
    void e_mail_and_phone_addresses_are_recognised() {
        assertThat(Addresses.isEmail("priem@dizo.nso.ru")).isTrue();
        assertThat(Addresses.isEmail("priem@dizo")).isFalse();
        assertThat(Addresses.isPhone("+7 (383) 238-60-00, доб. 123")).isTrue();
        assertThat(Addresses.isPhone("8-800")).isFalse();
        assertThat(Addresses.isPhone("позвоните нам")).isFalse();
    }

    private InvalidConfigurationException problem(ProcessDraft draft) {
        return catchThrowableOfType(InvalidConfigurationException.class, () -> admin(() -> registry.create(draft)));
    }

    private <T> T admin(Supplier<T> work) {
        return as(agencyUser(agency, Role.TENANT_ADMIN), work);
    }
}
