package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.coordinator;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.Basis;
import ru.perechen.catalog.BasisKind;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListRule;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.register.RuleFinding;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The rules' findings of every agency of a region counted in SQL: hand-planned findings of each rule, the
 * same counts as the rules panel, the version in force on a day, and nothing of an agency without a list
 * or of another region.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionFindingsTest {

    @Autowired AgencyDirectory directory;
    @Autowired RegionFindings findings;
    @Autowired ListService list;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired OrgUnitService units;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    RegionId region;
    RegionId neighbour;
    AgencyId ministry;
    AgencyId inspection;
    AgencyId withoutList;
    AgencyId elsewhere;
    Instant firstEnacted;
    Instant secondEnacted;

    @BeforeAll
    void a_region_of_two_agencies_with_lists_one_without_and_a_neighbouring_region() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "871", "Область сводки нарушений", "rf", "Н");
        ministry = pair.agency();
        inspection = pair.other();
        region = TenantContext.callAsSystem(() -> directory.registerRegion("871", "Область сводки нарушений"));
        withoutList = TenantContext.callAsSystem(() -> directory.registerAgency(new AgencyDirectory.NewAgency(region, "rf-c",
                "Комитет Н", "Комитет Н", AgencyType.MINISTRY, null, null)));
        TestAgencies.Pair far = TestAgencies.register(directory, "872", "Соседняя область сводки нарушений", "rfn", "СН");
        neighbour = TenantContext.callAsSystem(() -> directory.registerRegion("872", "Соседняя область сводки нарушений"));
        elsewhere = far.agency();
        planMinistry(admin(ministry));
        for (AgencyId clean : List.of(inspection, elsewhere)) {
            as(admin(clean), () -> {
                groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
                needs.applyNeedSet(NeedSet.METHODOLOGY_9);
                UUID group = groups.list().getFirst().id();
                Touchpoint desk = touchpoints.create(new TouchpointDraft("Приёмная", null, ChannelType.RECEPTION, null, null, "Положение"));
                AgencyProcess grants = registry.create(new ProcessDraft("Гранты", group, ProcessKind.SUPPORT_MEASURE, true, Set.of(),
                        List.of(), null, null));
                registry.create(new ProcessDraft("Субсидии", group, ProcessKind.SUPPORT_MEASURE, true, Set.of(), List.of(), null, null));
                return list.enact(new Enactment(null, null, null, null, null,
                        List.of(add(grants, null, desk, needs.list().getFirst()))));
            });
        }
    }

    /**
     * The ministry's registry: five groups (the fifth with no process), a sixth retired with a process of it;
     * grants and licensing run by several units, supervision and archives uniform; consultations and
     * explanations with no row. Version 1 lists eight rows, version 2 adds one for consultations. Since then
     * the archives were excluded, the old site retired, the phone became digital, «Другие потребности» retired,
     * and three rows were copied by hand into duplicates.
     */
    private void planMinistry(TenantPrincipal admin) {
        Map<String, UUID> keys = as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES, DefaultProcessGroup.PUBLIC_SERVICES,
                    DefaultProcessGroup.CONTROL, DefaultProcessGroup.APPEALS, DefaultProcessGroup.INFORMATION_ACCESS,
                    DefaultProcessGroup.INTERNAL_CLIENT));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            List<UUID> g = groups.list().stream().map(ProcessGroup::id).toList();
            List<ClientNeed> n = needs.list();
            UUID u1 = units.create(new OrgUnitDraft("Отдел грантов", null, null, null, Set.of())).id();
            UUID u2 = units.create(new OrgUnitDraft("Отдел субсидий", null, null, null, Set.of())).id();
            UUID u3 = units.create(new OrgUnitDraft("Отдел лицензий", null, null, null, Set.of())).id();
            Touchpoint desk = touchpoints.create(new TouchpointDraft("Приёмная", null, ChannelType.RECEPTION, null, null, "Положение"));
            Touchpoint site = touchpoints.create(new TouchpointDraft("Официальный сайт", null, ChannelType.SITE, "https://rf.example.ru",
                    null, null));
            Touchpoint oldSite = touchpoints.create(new TouchpointDraft("Прежний сайт", null, ChannelType.SITE, "https://old.example.ru",
                    null, "Приказ о сайте"));
            Touchpoint phone = touchpoints.create(new TouchpointDraft("Телефон", null, ChannelType.PHONE, "+7 383 000-00-00", null, null));
            Basis law = new Basis(BasisKind.NORMATIVE_ACT, "Закон о поддержке", "12-ОЗ", LocalDate.of(2020, 1, 1), null);
            AgencyProcess grants = process("Гранты", g.get(0), false, Set.of(u1, u2), List.of(law));
            AgencyProcess licensing = process("Лицензирование", g.get(0), false, Set.of(u1, u2, u3), List.of());
            AgencyProcess archives = process("Архивные справки", g.get(1), true, Set.of(), List.of(law));
            AgencyProcess supervision = process("Надзор", g.get(2), true, Set.of(), List.of());
            AgencyProcess consultations = process("Консультации", g.get(3), true, Set.of(), List.of());
            process("Разъяснения", g.get(3), true, Set.of(), List.of());
            process("Кадры", g.get(5), true, Set.of(), List.of());
            RowChange r1 = add(grants, u1, desk, n.get(0));
            RowChange r6 = add(archives, null, desk, n.get(3));
            list.enact(new Enactment(null, null, null, null, null, List.of(r1, add(grants, u1, site, n.get(1)),
                    add(supervision, null, site, n.get(8)), add(supervision, null, phone, n.get(0), n.get(8)),
                    withBasis(add(supervision, null, oldSite, n.get(2)), "Поручение"), r6, add(archives, null, site, n.get(3)),
                    add(licensing, u1, desk, n.get(0)))));
            list.enact(new Enactment(null, null, "2", LocalDate.of(2026, 3, 2), null, List.of(add(consultations, null, desk, n.get(4)))));
            return Map.of("r1", r1.entryKey(), "r6", r6.entryKey(), "archives", archives.id(), "oldSite", oldSite.id(),
                    "phone", phone.id(), "other", n.get(8).id(), "internal", g.get(5));
        });
        as(admin, () -> {
            registry.exclude(keys.get("archives"), current(registry.list(), keys.get("archives")).version(), LocalDate.of(2026, 3, 3),
                    "Приказ № 5");
            touchpoints.retire(keys.get("oldSite"), touchpoint(keys.get("oldSite")).version());
            Touchpoint phone = touchpoint(keys.get("phone"));
            touchpoints.update(phone.id(), phone.version(), new TouchpointDraft(phone.name(), ChannelKind.DIGITAL, phone.type(),
                    phone.address(), null, null));
            ClientNeed other = needs.list().stream().filter(x -> x.id().equals(keys.get("other"))).findFirst().orElseThrow();
            needs.retire(other.id(), other.version());
            ProcessGroup internal = groups.list().stream().filter(x -> x.id().equals(keys.get("internal"))).findFirst().orElseThrow();
            return groups.retire(internal.id(), internal.version());
        });
        // an enacted version cannot get a duplicate through the service (enactment refuses it), so a list loaded
        // by hand is imitated: two copies of row 1 and one of row 6, alive in both versions
        TenantContext.callAsAgency(ministry, () -> new TransactionTemplate(transactions).execute(s -> {
            for (UUID key : List.of(keys.get("r1"), keys.get("r1"), keys.get("r6"))) {
                jdbc.sql("""
                        insert into list_entry (id, agency_id, entry_key, valid_from, group_id, group_number, group_title, process_id,
                            process_name, unit_id, unit_name, touchpoint_id, touchpoint_name, channel_kind, needs, specifics, basis,
                            custom_values, need_ids, search_text)
                        select gen_random_uuid(), agency_id, gen_random_uuid(), valid_from, group_id, group_number, group_title,
                            process_id, process_name, unit_id, unit_name, touchpoint_id, touchpoint_name, channel_kind, needs,
                            specifics, basis, custom_values, need_ids, search_text
                        from list_entry where entry_key = :key and valid_to is null""").param("key", key).update();
            }
            return null;
        }));
        firstEnacted = as(admin, () -> list.version(1).enactedAt());
        secondEnacted = as(admin, () -> list.version(2).enactedAt());
    }

    @Test
    void every_rule_counts_the_hand_planned_findings_of_the_version_in_force() {
        Map<ListRule, Integer> now = count(Instant.now()).get(ministry.value());
        assertThat(now).containsExactlyInAnyOrderEntriesOf(Map.of(
                ListRule.DUPLICATE_TOUCHPOINT, 2,       // row 1 three times, row 6 twice: a finding per group
                ListRule.ROW_WITHOUT_NEEDS, 1,          // supervision on the site: its only need retired
                ListRule.PROCESS_WITHOUT_TOUCHPOINTS, 1, // explanations (not the excluded archives, not HR of a retired group)
                ListRule.UNIT_WITHOUT_TOUCHPOINTS, 3,   // grants without subsidies' unit; licensing without two units
                ListRule.GROUP_WITHOUT_PROCESSES, 1,    // information access (services have rows of the archives)
                ListRule.ROW_WITHOUT_BASIS, 2,          // supervision on the site and on the phone
                ListRule.EXCLUDED_PROCESS, 1,           // archives: three rows, one name
                ListRule.RETIRED_TOUCHPOINT, 1,         // the old site
                ListRule.RETIRED_NEED, 1,               // «Другие потребности клиента», in two rows
                ListRule.CHANGED_KIND, 1));             // the phone, now digital
        assertThat(count(secondEnacted).get(ministry.value()))
                .as("version 1 had no row for consultations").containsEntry(ListRule.PROCESS_WITHOUT_TOUCHPOINTS, 2);
        assertThat(count(secondEnacted.plusNanos(1000)).get(ministry.value())).as("enacted just before: in force")
                .containsEntry(ListRule.PROCESS_WITHOUT_TOUCHPOINTS, 1);
    }

    @Test
    void the_counts_are_those_of_the_rules_panel_for_each_version_and_agency() {
        Map<UUID, Map<ListRule, Integer>> now = count(Instant.now());
        Map<UUID, Map<ListRule, Integer>> between = count(secondEnacted);
        assertThat(nonZero(between.get(ministry.value()))).isEqualTo(panel(ministry, 1));
        assertThat(nonZero(now.get(ministry.value()))).isEqualTo(panel(ministry, 2));
        assertThat(nonZero(now.get(inspection.value()))).isEqualTo(panel(inspection, 1))
                .containsExactlyEntriesOf(Map.of(ListRule.PROCESS_WITHOUT_TOUCHPOINTS, 1));
    }

    @Test
    void an_agency_has_no_entry_before_its_first_version_nor_without_any() {
        assertThat(count(firstEnacted)).doesNotContainKey(ministry.value());
        assertThat(count(firstEnacted.plusNanos(1000))).containsKey(ministry.value());
        assertThat(count(Instant.now())).doesNotContainKey(withoutList.value()).containsKeys(ministry.value(), inspection.value());
    }

    @Test
    void another_regions_agency_is_neither_counted_nor_visible() {
        assertThat(count(Instant.now())).doesNotContainKey(elsewhere.value());
        Map<UUID, Map<ListRule, Integer>> there = TenantContext.callAsSystem(() -> inRegion(neighbour, Instant.now()));
        assertThat(there).containsKey(elsewhere.value()).doesNotContainKeys(ministry.value(), inspection.value());
    }

    @Test
    void a_catalogue_changed_after_a_count_is_counted_again_not_taken_from_the_kept_findings() {
        Map<ListRule, Integer> before = TenantContext.callAsSystem(() -> inRegion(neighbour, Instant.now())).get(elsewhere.value());
        assertThat(TenantContext.callAsSystem(() -> inRegion(neighbour, Instant.now())).get(elsewhere.value()))
                .as("the same catalogues: the same findings").isEqualTo(before);
        as(admin(elsewhere), () -> registry.create(new ProcessDraft("Консультации по грантам", groups.list().getFirst().id(),
                ProcessKind.SUPPORT_MEASURE, true, Set.of(), List.of(), null, null)));
        Map<ListRule, Integer> after = TenantContext.callAsSystem(() -> inRegion(neighbour, Instant.now())).get(elsewhere.value());
        // one more registry process without a row of the version in force
        assertThat(after.get(ListRule.PROCESS_WITHOUT_TOUCHPOINTS)).isEqualTo(before.get(ListRule.PROCESS_WITHOUT_TOUCHPOINTS) + 1);
        assertThat(nonZero(after)).isEqualTo(panel(elsewhere, 1));
    }

    private Map<UUID, Map<ListRule, Integer>> count(Instant asOf) {
        return as(coordinator(region), () -> inRegion(region, asOf));
    }

    private Map<UUID, Map<ListRule, Integer>> inRegion(RegionId scope, Instant asOf) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return TenantContext.callInRegionScope(scope, () -> readOnly.execute(s -> findings.count(asOf)));
    }

    /** The rules panel's findings of a version, counted per rule, as the agency reads them. */
    private Map<ListRule, Integer> panel(AgencyId agency, int version) {
        List<RuleFinding> found = as(agencyUser(agency, Role.VIEWER), () -> list.findings(list.allRows(version)));
        return found.stream().collect(Collectors.groupingBy(RuleFinding::rule, () -> new EnumMap<>(ListRule.class),
                Collectors.summingInt(f -> 1)));
    }

    private static Map<ListRule, Integer> nonZero(Map<ListRule, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, () -> new EnumMap<>(ListRule.class)));
    }

    private static TenantPrincipal admin(AgencyId agency) {
        return person(agency, "rf-admin-" + agency.value(), "Анна Администраторова", Role.CC_DEPUTY, Role.TENANT_ADMIN);
    }

    private AgencyProcess process(String name, UUID group, boolean uniform, Set<UUID> owners, List<Basis> bases) {
        return registry.create(new ProcessDraft(name, group, ProcessKind.SUPPORT_MEASURE, uniform, owners, bases, null, null));
    }

    private static AgencyProcess current(List<AgencyProcess> processes, UUID id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private Touchpoint touchpoint(UUID id) {
        return touchpoints.list().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static RowChange.Add add(AgencyProcess process, UUID unit, Touchpoint touchpoint, ClientNeed... satisfied) {
        return new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), unit, touchpoint.id(),
                java.util.Arrays.stream(satisfied).map(n -> new NeedInteraction(n.id(), null)).toList(), null, null, Map.of()));
    }

    private static RowChange.Add withBasis(RowChange.Add row, String basis) {
        RowContent c = row.content();
        return new RowChange.Add(row.entryKey(), new RowContent(c.processId(), c.unitId(), c.touchpointId(), c.needs(), c.specifics(),
                basis, c.customValues()));
    }
}
