package ru.perechen.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.TenantContext;

@SpringBootTest(classes = PresetServiceTest.App.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresetServiceTest {

    @SpringBootApplication(scanBasePackages = "ru.perechen")
    @AutoConfigurationPackage(basePackages = "ru.perechen")
    static class App {
    }

    @Autowired PresetService presets;
    @Autowired AgencyDirectory directory;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired OrgUnitService units;
    @Autowired ProcessRegistryService registry;
    @Autowired TouchpointService touchpoints;

    @BeforeAll
    void apply_twice() {
        presets.applySeedAgencies();
        presets.applySeedAgencies();
    }

    @Test
    void dizo_gets_the_ten_needs_and_the_directions_of_act_003() {
        AgencyId dizo = agency("dizo-nso");
        assertThat(as(dizo, needs::list)).hasSize(10).extracting(ClientNeed::name)
                .contains("Предоставление объектов для осмотра (проверки)");
        assertThat(as(dizo, groups::list)).extracting(ProcessGroup::catalogueCode).containsExactly(
                "PUBLIC_SERVICES", "APPEALS", "INFORMATION_ACCESS", "INTERNAL_CLIENT", "INTERNAL_IT", "INTERNAL_ACCOUNTING",
                "INTERNAL_ADMINISTRATION");
    }

    @Test
    void mordovia_gets_the_nine_needs_of_act_001_and_its_internal_directions() {
        AgencyId mpn = agency("minpromnauki-rm");
        assertThat(as(mpn, needs::list)).hasSize(9);
        assertThat(as(mpn, groups::list)).extracting(ProcessGroup::catalogueCode)
                .contains(DefaultProcessGroup.INTERNAL_HR.name(), DefaultProcessGroup.OTHER_FUNCTIONS.name())
                .doesNotContain(DefaultProcessGroup.PUBLIC_SERVICES.name());
    }

    @Test
    void every_seed_agency_has_units_headed_by_its_people_and_a_registry_of_ten_processes_in_its_groups() {
        for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
            AgencyId agency = agency(seed.slug());
            var unitList = as(agency, units::list);
            assertThat(unitList).as(seed.slug()).hasSize(SeedAgencies.UNITS.get(seed.slug()).size());
            assertThat(unitList).allSatisfy(u -> assertThat(u.head()).isNotNull());
            var processes = as(agency, registry::list);
            assertThat(processes).as(seed.slug()).hasSize(10);
            assertThat(processes).allSatisfy(p -> {
                assertThat(p.groupNumber()).isNotNull();
                assertThat(p.uniformForAllUnits() || !p.owners().isEmpty()).isTrue();
            });
            assertThat(as(agency, touchpoints::list)).as(seed.slug()).hasSizeGreaterThanOrEqualTo(7);
            assertThat(unitList.stream().mapToInt(OrgUnit::ownedProcesses).sum())
                    .isEqualTo(processes.stream().mapToInt(p -> p.owners().size()).sum());
        }
        assertThat(as(agency("dizo-nso"), touchpoints::list)).anyMatch(t -> t.type() == ru.perechen.catalog.ChannelType.MFC);
        AgencyProcess appeals = as(agency("minpromtorg-nso"), registry::list).stream()
                .filter(p -> p.name().equals("Рассмотрение обращений граждан и организаций")).findFirst().orElseThrow();
        assertThat(appeals.uniformForAllUnits()).isTrue();
        assertThat(appeals.bases()).extracting(b -> b.number()).containsExactly("59-ФЗ");
    }

    private AgencyId agency(String slug) {
        return directory.findBySlug(slug).orElseThrow().id();
    }

    private static <T> T as(AgencyId agency, Supplier<T> work) {
        return TenantContext.callAsAgency(agency, work);
    }
}
