package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static ru.perechen.coretest.TestPrincipals.agencyUser;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.coordinator;
import static ru.perechen.coretest.TestPrincipals.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.coretest.TestAgencies;
import ru.perechen.region.RegionVersionDiff.Change;
import ru.perechen.region.RegionVersionDiff.Diff;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListDiff.CellChange;
import ru.perechen.register.ListDiff.Kind;
import ru.perechen.register.ListField;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The versions of «Министерство В» (vd-a, region 887) compared as its coordinator reads them:
 * <ul>
 * <li>v1: grants at the desk, subsidies on the site, licensing by phone (basis «Положение о лицензировании»),
 * supervision on the site («Онлайн»);</li>
 * <li>v2: consultations on the site added, licensing excluded, subsidies moved to the desk by appointment with a
 * second need, supervision re-enacted as it was (a new revision, nothing printed changed);</li>
 * <li>v3: grants at the desk become licensing at the desk.</li>
 * </ul>
 * The inspection of the region (vd-b) has a version 1 of one row of its own.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionVersionDiffTest {

    @Autowired AgencyDirectory directory;
    @Autowired RegionVersionDiff diffs;
    @Autowired ListService list;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;

    RegionId region;
    RegionId neighbour;
    AgencyId ministry;
    String first;
    String third;

    @BeforeAll
    void an_agency_of_three_versions_another_of_one_and_a_neighbouring_region() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "887", "Область сравнения редакций", "vd", "В");
        ministry = pair.agency();
        region = TenantContext.callAsSystem(() -> directory.registerRegion("887", "Область сравнения редакций"));
        TestAgencies.register(directory, "888", "Соседняя область сравнения редакций", "vdn", "СВ");
        neighbour = TenantContext.callAsSystem(() -> directory.registerRegion("888", "Соседняя область сравнения редакций"));
        as(admin(ministry), () -> {
            UUID group = catalogues();
            List<ClientNeed> n = needs.list();
            first = n.get(0).name();
            third = n.get(2).name();
            UUID desk = touchpoint("Приёмная", ChannelType.RECEPTION, null);
            UUID site = touchpoint("Официальный сайт", ChannelType.SITE, "https://vd.example.ru");
            UUID phone = touchpoint("Телефон", ChannelType.PHONE, "+7 383 000-00-07");
            UUID grants = process("Гранты", group);
            UUID subsidies = process("Субсидии", group);
            UUID licensing = process("Лицензирование", group);
            UUID supervision = process("Надзор", group);
            UUID consultations = process("Консультации", group);
            RowChange.Add r1 = add(grants, desk, null, null, need(n.get(0), null));
            RowChange.Add r2 = add(subsidies, site, null, null, need(n.get(0), null));
            RowChange.Add r3 = add(licensing, phone, null, "Положение о лицензировании", need(n.get(1), null));
            RowChange.Add r5 = add(supervision, site, "Онлайн", null, need(n.get(0), null));
            list.enact(new Enactment(null, null, null, null, null, List.of(r1, r2, r3, r5)));
            Map<UUID, ListRow> v1 = list.currentRows(List.of(r1.entryKey(), r2.entryKey(), r3.entryKey(), r5.entryKey()));
            list.enact(new Enactment(null, null, null, null, null, List.of(add(consultations, site, null, null, need(n.get(2), null)),
                    new RowChange.Exclude(r3.entryKey(), v1.get(r3.entryKey()).revisionId()),
                    new RowChange.Modify(r2.entryKey(), v1.get(r2.entryKey()).revisionId(), new RowContent(subsidies, null, desk,
                            List.of(need(n.get(0), null), need(n.get(2), "Запись по телефону")), "По записи", null, Map.of())),
                    new RowChange.Modify(r5.entryKey(), v1.get(r5.entryKey()).revisionId(), r5.content()))));
            UUID r1Now = list.currentRows(List.of(r1.entryKey())).get(r1.entryKey()).revisionId();
            return list.enact(new Enactment(null, null, null, null, null, List.of(new RowChange.Modify(r1.entryKey(), r1Now,
                    new RowContent(licensing, null, desk, r1.content().needs(), null, null, Map.of())))));
        });
        as(admin(pair.other()), () -> {
            UUID group = catalogues();
            return list.enact(new Enactment(null, null, null, null, null, List.of(add(process("Проверки", group),
                    touchpoint("Окно приёма", ChannelType.RECEPTION, null), null, null, need(needs.list().getFirst(), null)))));
        });
    }

    @Test
    void rows_added_excluded_and_changed_with_the_printed_columns_that_changed() {
        Diff diff = between("vd-a", 1, 2);
        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.total()).as("supervision re-enacted as it was is no change").isEqualTo(3);
        assertThat(diff.rows()).extracting(Change::kind, Change::process, Change::touchpoint).containsExactlyInAnyOrder(
                tuple(Kind.ADDED, "Консультации", "Официальный сайт"),
                tuple(Kind.EXCLUDED, "Лицензирование", "Телефон"),
                tuple(Kind.CHANGED, "Субсидии", "Приёмная"));
        Change subsidies = diff.rows().stream().filter(r -> r.kind() == Kind.CHANGED).findFirst().orElseThrow();
        assertThat(subsidies.cells()).containsExactly(new CellChange(ListField.TOUCHPOINT, "Официальный сайт", "Приёмная"),
                new CellChange(ListField.KIND, "DIGITAL", "OFFLINE"),
                new CellChange(ListField.NEEDS, first, first + "\n" + third + " — Запись по телефону"),
                new CellChange(ListField.SPECIFICS, null, "По записи"));
        assertThat(diff.rows()).filteredOn(r -> r.kind() != Kind.CHANGED).allSatisfy(r -> assertThat(r.cells()).isEmpty());
        assertThat(diff.count(Kind.ADDED)).isEqualTo(1);
    }

    @Test
    void across_two_versions_the_changes_add_up_and_a_process_changed_is_a_field() {
        Diff diff = between("vd-a", 1, 3);
        assertThat(diff.rows()).extracting(Change::kind, Change::process).containsExactlyInAnyOrder(
                tuple(Kind.ADDED, "Консультации"), tuple(Kind.EXCLUDED, "Лицензирование"),
                tuple(Kind.CHANGED, "Субсидии"), tuple(Kind.CHANGED, "Лицензирование"));
        assertThat(between("vd-a", 2, 3).rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.CHANGED);
            assertThat(r.touchpoint()).isEqualTo("Приёмная");
            assertThat(r.cells()).containsExactly(new CellChange(ListField.PROCESS, "Гранты", "Лицензирование"));
        });
    }

    @Test
    void the_same_changes_as_the_agency_reads_in_its_own_diff() {
        for (int version = 2; version <= 3; version++) {
            int from = version - 1;
            int to = version;
            ListDiff own = as(agencyUser(ministry, Role.VIEWER), () -> list.diff(from, to));
            assertThat(between("vd-a", from, to).rows()).extracting(Change::kind, Change::process, Change::touchpoint, Change::cells)
                    .containsExactlyInAnyOrderElementsOf(own.rows().stream().map(r -> tuple(r.kind(),
                            r.row().processName(), r.row().touchpointName(), r.cells())).toList());
        }
    }

    @Test
    void a_first_version_is_all_added_and_only_that_agencys_rows() {
        assertThat(between("vd-a", 0, 1).rows()).extracting(Change::kind).containsOnly(Kind.ADDED).hasSize(4);
        assertThat(between("vd-b", 0, 1).rows()).extracting(Change::process).containsExactly("Проверки");
    }

    @Test
    void another_regions_coordinator_another_regions_agency_and_a_version_not_there_are_refused() {
        assertThatThrownBy(() -> as(coordinator(neighbour), () -> diffs.between(region, "vd-a", 1, 2)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        assertThatThrownBy(() -> between("vdn-a", 0, 1)).isInstanceOf(AccessDeniedToTenantException.class);
        assertThatThrownBy(() -> between("vd-a", 3, 4)).isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> between("vd-a", 2, 2)).isInstanceOf(InvalidSettingException.class);
    }

    private Diff between(String slug, int from, int to) {
        return as(coordinator(region), () -> diffs.between(region, slug, from, to));
    }

    private static TenantPrincipal admin(AgencyId agency) {
        return person(agency, "vd-admin-" + agency.value(), "Вера Сравнова", Role.CC_DEPUTY, Role.TENANT_ADMIN);
    }

    private UUID catalogues() {
        groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
        needs.applyNeedSet(NeedSet.METHODOLOGY_9);
        return groups.list().getFirst().id();
    }

    private UUID touchpoint(String name, ChannelType type, String address) {
        return touchpoints.create(new TouchpointDraft(name, null, type, address, null, "Положение")).id();
    }

    private UUID process(String name, UUID group) {
        return registry.create(new ProcessDraft(name, group, ProcessKind.SUPPORT_MEASURE, true, Set.of(), List.of(), null, null)).id();
    }

    private static NeedInteraction need(ClientNeed need, String interaction) {
        return new NeedInteraction(need.id(), interaction);
    }

    private static RowChange.Add add(UUID process, UUID touchpoint, String specifics, String basis, NeedInteraction... satisfied) {
        return new RowChange.Add(UUID.randomUUID(), new RowContent(process, null, touchpoint, List.of(satisfied), specifics, basis, Map.of()));
    }
}
