package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.coordinator;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
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
import ru.perechen.region.TypicalProcesses.Runner;
import ru.perechen.region.TypicalProcesses.Touch;
import ru.perechen.region.TypicalProcesses.TypicalProcess;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Region 885's typical processes: three active agencies and an inactive one, names written each their own way.
 * <ul>
 * <li>«Инспекция Т» (tp-b): «предоставление  субсидий.» on its site and call centre; «Рассмотрение обращений граждан» at its window;</li>
 * <li>«Комитет Т» (tp-c): «Предоставление грантов» and «Рассмотрение «обращений» граждан», both by post;</li>
 * <li>«Министерство Т» (tp-a): «Предоставление субсидий» at its desk and on its site; «Рассмотрение обращений граждан» at its desk;</li>
 * <li>«Управление Т» (tp-d, inactive): «Предоставление грантов» at its desk — grants stay one agency's.</li>
 * </ul>
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypicalProcessesTest {

    @Autowired AgencyDirectory directory;
    @Autowired TypicalProcesses typical;
    @Autowired ListService list;
    @Autowired ProcessGroupService groups;
    @Autowired ClientNeedService needs;
    @Autowired TouchpointService touchpoints;
    @Autowired ProcessRegistryService registry;

    RegionId region;
    RegionId neighbour;

    @BeforeAll
    void a_region_of_three_active_agencies_and_an_inactive_one() {
        TestAgencies.Pair pair = TestAgencies.register(directory, "885", "Область типовых процессов", "tp", "Т");
        region = TenantContext.callAsSystem(() -> directory.registerRegion("885", "Область типовых процессов"));
        AgencyId committee = TenantContext.callAsSystem(() -> directory.registerAgency(new AgencyDirectory.NewAgency(region, "tp-c",
                "Комитет Т", "Комитет Т", AgencyType.MINISTRY, null, null)));
        AgencyId inactive = TenantContext.callAsSystem(() -> directory.registerAgency(new AgencyDirectory.NewAgency(region, "tp-d",
                "Управление Т", "Управление Т", AgencyType.MINISTRY, null, null)));
        neighbour = TenantContext.callAsSystem(() -> directory.registerRegion("886", "Соседняя область типовых процессов"));
        enact(pair.agency(), Map.of("Предоставление субсидий", List.of("Приёмная", "Официальный сайт"),
                "Рассмотрение обращений граждан", List.of("Приёмная")));
        enact(pair.other(), Map.of("предоставление  субсидий.", List.of("Сайт инспекции", "Центр звонков"),
                "Рассмотрение обращений граждан", List.of("Окно приёма")));
        enact(committee, Map.of("Предоставление грантов", List.of("Почта"), "Рассмотрение «обращений» граждан", List.of("Почта")));
        enact(inactive, Map.of("Предоставление грантов", List.of("Приёмная")));
        TenantContext.callAsSystem(() -> directory.setActive(inactive, false));
    }

    @Test
    void names_match_whatever_their_case_quotes_punctuation_and_spacing() {
        assertThat(TypicalProcesses.normalise("Предоставление субсидий")).isEqualTo("предоставление субсидий")
                .isEqualTo(TypicalProcesses.normalise("предоставление  субсидий."))
                .isEqualTo(TypicalProcesses.normalise(" «Предоставление»\u00a0субсидий! "))
                .isNotEqualTo(TypicalProcesses.normalise("Предоставление грантов"));
        assertThat(TypicalProcesses.normalise("Учёт, «ЁЛКИ» и \"ели\" — (всё)")).isEqualTo("учет елки и ели все");
    }

    @Test
    void processes_of_several_active_agencies_most_agencies_first_with_each_ones_touchpoints() {
        List<TypicalProcess> found = as(coordinator(region), () -> typical.of(region, null));
        assertThat(found).extracting(TypicalProcess::name).containsExactly("Рассмотрение обращений граждан", "Предоставление субсидий");

        TypicalProcess appeals = found.get(0);
        assertThat(appeals.agencies()).extracting(r -> r.agency().slug()).containsExactly("tp-b", "tp-c", "tp-a");
        assertThat(appeals.agencies().get(1).processNames()).containsExactly("Рассмотрение «обращений» граждан");
        assertThat(appeals.agencies().get(1).touchpoints()).containsExactly(new Touch("Почта", ChannelType.POST, ChannelKind.OFFLINE));
        assertThat(appeals.types()).containsExactly(ChannelType.RECEPTION, ChannelType.POST);

        TypicalProcess subsidies = found.get(1);
        assertThat(subsidies.agencies()).as("the committee does not run it, and is not listed").extracting(r -> r.agency().slug())
                .containsExactly("tp-b", "tp-a");
        Runner inspection = subsidies.agencies().get(0);
        assertThat(inspection.processNames()).as("the registry keeps one space of two").containsExactly("предоставление субсидий.");
        assertThat(inspection.touchpoints()).containsExactly(new Touch("Сайт инспекции", ChannelType.SITE, ChannelKind.DIGITAL),
                new Touch("Центр звонков", ChannelType.CALL_CENTRE, ChannelKind.DIGITAL));
        Runner ministry = subsidies.agencies().get(1);
        assertThat(ministry.of(ChannelType.RECEPTION)).containsExactly(new Touch("Приёмная", ChannelType.RECEPTION, ChannelKind.OFFLINE));
        assertThat(ministry.of(ChannelType.SITE)).extracting(Touch::name).containsExactly("Официальный сайт");
        assertThat(subsidies.types()).containsExactly(ChannelType.SITE, ChannelType.CALL_CENTRE, ChannelType.RECEPTION);
    }

    @Test
    void before_any_version_was_enacted_there_is_none() {
        assertThat(as(coordinator(region), () -> typical.of(region, LocalDate.now().minusDays(2)))).isEmpty();
    }

    @Test
    void a_coordinator_of_another_region_is_refused() {
        assertThatThrownBy(() -> as(coordinator(neighbour), () -> typical.of(region, null)))
                .isInstanceOf(AccessDeniedToTenantException.class);
        assertThat(as(coordinator(neighbour), () -> typical.of(neighbour, null))).isEmpty();
    }

    /** The agency's catalogues and version 1: a row per process and touchpoint (touchpoints by name, their type guessed from it). */
    private void enact(AgencyId agency, Map<String, List<String>> rows) {
        TenantPrincipal admin = person(agency, "tp-admin-" + agency.value(), "Анна Типова", Role.CC_DEPUTY, Role.TENANT_ADMIN);
        as(admin, () -> {
            groups.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
            needs.applyNeedSet(NeedSet.METHODOLOGY_9);
            UUID group = groups.list().getFirst().id();
            UUID need = needs.list().getFirst().id();
            Map<String, UUID> made = new LinkedHashMap<>();
            List<RowChange> changes = new ArrayList<>();
            new java.util.TreeMap<>(rows).forEach((process, names) -> {
                UUID id = registry.create(new ProcessDraft(process, group, ProcessKind.SUPPORT_MEASURE, true, Set.of(), List.of(), null, null))
                        .id();
                for (String name : names) {
                    UUID touchpoint = made.computeIfAbsent(name, n -> touchpoints.create(new TouchpointDraft(n, null, type(n), address(n), null,
                            "Положение")).id());
                    changes.add(new RowChange.Add(UUID.randomUUID(), new RowContent(id, null, touchpoint, List.of(new NeedInteraction(need,
                            null)), null, null, Map.of())));
                }
            });
            return list.enact(new Enactment(null, null, null, null, null, changes));
        });
    }

    private static ChannelType type(String name) {
        return name.contains("айт") ? ChannelType.SITE : name.contains("звонков") ? ChannelType.CALL_CENTRE
                : name.equals("Почта") ? ChannelType.POST : ChannelType.RECEPTION;
    }

    private static String address(String name) {
        return switch (type(name)) {
            case SITE -> "https://tp.example.ru";
            case CALL_CENTRE -> "+7 383 000-00-09";
            default -> null;
        };
    }
}
