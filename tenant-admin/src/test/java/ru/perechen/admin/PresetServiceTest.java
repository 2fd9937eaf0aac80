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
import ru.perechen.workflow.ApprovalChain;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApprovalStep;
import ru.perechen.workflow.ApproverRule;
import ru.perechen.workflow.ResolvedStep;
import java.util.List;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumn;
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
    @Autowired ApprovalChainService chains;
    @Autowired ListTemplateService templates;
    @Autowired ru.perechen.documents.ListExportService exports;
    @Autowired ru.perechen.documents.ListImportService imports;
    @Autowired ru.perechen.documents.PublicListService publicLists;

    @BeforeAll
    void apply_twice() {
        presets.applySeedAgencies();
        presets.applySeedAgencies();
    }

    @Test
    void every_seed_agencys_list_comes_back_unchanged_from_its_own_xlsx_and_docx_and_is_on_its_open_page() {
        for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
            AgencyId agency = agency(seed.slug());
            for (var format : java.util.List.of(ru.perechen.documents.DocumentFormat.XLSX, ru.perechen.documents.DocumentFormat.DOCX)) {
                var out = new java.io.ByteArrayOutputStream();
                as(agency, () -> {
                    exports.export(1, format, out);
                    return null;
                });
                var preview = as(agency, () -> imports.preview("list." + format.extension(), out.toByteArray(), java.util.Map.of(), true));
                assertThat(preview.rows()).as(seed.slug() + " " + format).isNotEmpty().allSatisfy(r -> assertThat(r.status())
                        .as(seed.slug() + " " + format + " " + r.findings()).isEqualTo(ru.perechen.documents.ImportPreview.Status.UNCHANGED));
                assertThat(preview.changes()).as(seed.slug() + " " + format).isEmpty();
                assertThat(preview.mappingUnsure()).as(seed.slug() + " " + format).isFalse();
            }
            assertThat(publicLists.find(seed.slug(), null).orElseThrow().shown()).as(seed.slug()).isNotNull();
        }
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

    @Test
    void each_seed_agency_gets_the_chain_of_its_act_and_the_demo_people_hold_every_step() {
        ApprovalChain mpt = as(agency("minpromtorg-nso"), () -> chains.current().orElseThrow());
        assertThat(mpt.steps()).extracting(ApprovalStep::rule)
                .containsExactly(ApproverRule.UNIT_HEAD, ApproverRule.SUPERVISING_DEPUTY, ApproverRule.ROLE);
        assertThat(mpt.actRequired()).isFalse();
        assertThat(as(agency("dizo-nso"), () -> chains.current().orElseThrow()).toDraft()).isEqualTo(SeedAgencies.CHAIN_003);
        assertThat(as(agency("gsn-nso"), () -> chains.current().orElseThrow()).steps()).hasSize(2);
        for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
            AgencyId agency = agency(seed.slug());
            assertThat(as(agency, chains::history)).as(seed.slug()).hasSize(1);
            assertThat(as(agency, () -> chains.warnings(seed.chain()))).as(seed.slug()).isEmpty();
        }
        var route = as(agency("minpromtorg-nso"), () -> chains.resolve(mpt,
                as(agency("minpromtorg-nso"), registry::list).stream().map(AgencyProcess::id).toList(), null));
        assertThat(route).flatExtracting(ResolvedStep::seats).flatExtracting(ResolvedStep.Seat::candidates)
                .extracting(m -> m.displayName()).containsOnly("Ольга Начальникова", "Сергей Курирующий", "Елена Ковалёва");
    }

    @Test
    void the_columns_follow_each_act_five_for_dizo_without_the_group_number_six_for_the_others() {
        assertThat(as(agency("dizo-nso"), templates::current).printed()).extracting(TemplateColumn::standard)
                .containsExactly(StandardColumn.GROUP_NAME, StandardColumn.PROCESS, StandardColumn.TOUCHPOINT,
                        StandardColumn.NEEDS, StandardColumn.SPECIFICS);
        assertThat(as(agency("minpromnauki-rm"), templates::current).printed()).extracting(TemplateColumn::title)
                .startsWith("№", "Направление деятельности", "Наименование конкретного процесса (услуги, сервиса)");
        for (String slug : List.of("minpromtorg-nso", "gsn-nso", "minek-nso")) {
            ListTemplate template = as(agency(slug), templates::current);
            assertThat(template.version()).as(slug).isGreaterThanOrEqualTo(0);
            assertThat(template.printed()).as(slug).hasSize(6);
            assertThat(template.numberingRow()).isTrue();
        }
    }

    private AgencyId agency(String slug) {
        return directory.findBySlug(slug).orElseThrow().id();
    }

    private static <T> T as(AgencyId agency, Supplier<T> work) {
        return TenantContext.callAsAgency(agency, work);
    }
}
