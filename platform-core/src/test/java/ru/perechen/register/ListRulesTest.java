package ru.perechen.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.Basis;
import ru.perechen.catalog.BasisKind;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.Touchpoint;

/** The rules of the Порядок over rows, with cases as the seed acts put them. */
class ListRulesTest {

    final ProcessGroup control = new ProcessGroup(UUID.randomUUID(), 3, "Осуществление государственного контроля (надзора)", null,
            "CONTROL", false, false, 0);
    final ProcessGroup services = new ProcessGroup(UUID.randomUUID(), 2, "Предоставление государственных услуг", null,
            "PUBLIC_SERVICES", false, false, 0);
    final ProcessGroup appeals = new ProcessGroup(UUID.randomUUID(), 4, "Рассмотрение обращений и запросов", null,
            "APPEALS", false, false, 0);
    final AgencyProcess.UnitRef land = new AgencyProcess.UnitRef(UUID.randomUUID(), "Управление земельных отношений", false);
    final AgencyProcess.UnitRef property = new AgencyProcess.UnitRef(UUID.randomUUID(), "Управление имущественных отношений", false);
    final Basis law = new Basis(BasisKind.NORMATIVE_ACT, "Земельный кодекс Российской Федерации", "136-ФЗ",
            LocalDate.of(2001, 10, 25), null);
    final AgencyProcess plots = process(services, "Предоставление земельных участков в аренду", List.of(land, property), List.of(law), false);
    final AgencyProcess supervision = process(control, "Региональный государственный строительный надзор", List.of(), List.of(), false);
    final AgencyProcess removed = process(services, "Выдача архивных справок", List.of(land), List.of(law), true);
    final Touchpoint mfc = touchpoint("МФЦ «Мои документы»", ChannelKind.OFFLINE, "Соглашение с ГАУ «МФЦ»", false);
    final Touchpoint phone = touchpoint("Телефон приемной", ChannelKind.DIGITAL, null, false);
    final Touchpoint oldSite = touchpoint("Прежний сайт департамента", ChannelKind.DIGITAL, "Приказ о сайте", true);
    final ClientNeed apply = need(4, "Представление заявления, обращения, запроса, документов", false);
    final ClientNeed inspection = need(7, "Предоставление объектов для осмотра (проверки)", false);
    final ClientNeed retired = need(null, "Получение форм документов", true);

    @Test
    void a_touchpoint_twice_in_one_process_and_unit_is_a_duplicate_but_once_per_unit_is_not() {
        // 000 §6, 001 §2.8, 003 §11: one row per touchpoint within a process; 001 §2.6: per unit when several run it
        ListRow a = row(plots, land, mfc, apply);
        ListRow b = row(plots, land, mfc, inspection);
        ListRow c = row(plots, property, mfc, apply);
        List<RuleFinding> findings = check(a, b, c, row(supervision, null, phone, inspection));
        assertThat(only(findings, ListRule.DUPLICATE_TOUCHPOINT)).singleElement().satisfies(f -> {
            assertThat(f.entryKeys()).containsExactlyInAnyOrder(a.entryKey(), b.entryKey());
            assertThat(f.subject()).isEqualTo("Предоставление земельных участков в аренду (Управление земельных отношений) — МФЦ «Мои документы»");
        });
        assertThat(ListRule.DUPLICATE_TOUCHPOINT.clause()).isEqualTo("п. 2.8");
        assertThat(ListRule.DUPLICATE_TOUCHPOINT.isError()).isTrue();
    }

    @Test
    void a_registry_process_without_touchpoints_is_a_gap_and_so_is_a_unit_of_the_process_without_its_own() {
        // 001 §2.6, 003 §9: every process of the registry is listed, even a rarely used one; excluded ones are not asked for
        List<RuleFinding> findings = check(row(plots, land, mfc, apply));
        assertThat(only(findings, ListRule.PROCESS_WITHOUT_TOUCHPOINTS)).extracting(RuleFinding::subject)
                .containsExactly("Региональный государственный строительный надзор");
        assertThat(only(findings, ListRule.UNIT_WITHOUT_TOUCHPOINTS)).extracting(RuleFinding::subject)
                .containsExactly("Предоставление земельных участков в аренду — Управление имущественных отношений");
        assertThat(only(findings, ListRule.GROUP_WITHOUT_PROCESSES)).extracting(RuleFinding::subject)
                .containsExactly("Рассмотрение обращений и запросов");
    }

    @Test
    void a_row_whose_needs_were_all_retired_satisfies_no_need_and_names_the_retired_need() {
        // 001 §2.7, 003 §11: at least one need; 001 §3.3: a need retired outside a request calls for актуализация
        ListRow stale = row(plots, land, mfc, retired);
        List<RuleFinding> findings = check(stale, row(plots, property, mfc, apply), row(supervision, null, phone, inspection));
        assertThat(only(findings, ListRule.ROW_WITHOUT_NEEDS)).singleElement()
                .satisfies(f -> assertThat(f.entryKeys()).containsExactly(stale.entryKey()));
        assertThat(only(findings, ListRule.RETIRED_NEED)).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("Получение форм документов"));
    }

    @Test
    void a_basis_may_come_from_the_row_the_touchpoint_or_the_process_and_without_any_it_is_a_finding() {
        // 001 §2.5, 003 §10: НПА, внутренний акт, договор или поручение
        ListRow viaTouchpoint = row(supervision, null, mfc, inspection);
        ListRow viaProcess = row(plots, land, phone, apply);
        ListRow none = row(supervision, null, phone, inspection);
        ListRow own = withBasis(row(supervision, null, phone, apply), "Поручение руководителя инспекции");
        List<RuleFinding> findings = check(viaTouchpoint, viaProcess, none, own, row(plots, property, mfc, apply));
        assertThat(only(findings, ListRule.ROW_WITHOUT_BASIS)).flatExtracting(RuleFinding::entryKeys)
                .containsExactly(none.entryKey());
    }

    @Test
    void changes_of_the_grounds_since_a_row_was_enacted_call_for_an_update() {
        // 001 §3.3, 003 §15: a process excluded from the registry, a touchpoint's kind changed, a touchpoint retired
        ListRow excluded = row(removed, land, mfc, apply);
        ListRow kindChanged = asOf(row(supervision, null, phone, inspection), ChannelKind.OFFLINE);
        ListRow gone = row(plots, land, oldSite, apply);
        List<RuleFinding> findings = check(excluded, kindChanged, gone, row(plots, property, mfc, apply));
        assertThat(only(findings, ListRule.EXCLUDED_PROCESS)).extracting(RuleFinding::subject).containsExactly("Выдача архивных справок");
        assertThat(only(findings, ListRule.CHANGED_KIND)).extracting(RuleFinding::subject).containsExactly("Телефон приемной");
        assertThat(only(findings, ListRule.RETIRED_TOUCHPOINT)).extracting(RuleFinding::subject)
                .containsExactly("Прежний сайт департамента");
    }

    @Test
    void a_complete_list_of_the_003_kind_has_no_findings() {
        List<RuleFinding> findings = ListRules.check(List.of(row(plots, land, mfc, apply), row(plots, property, mfc, apply),
                row(supervision, null, mfc, inspection)), catalogs(List.of(control, services)));
        assertThat(findings).isEmpty();
    }

    private List<RuleFinding> check(ListRow... rows) {
        return ListRules.check(List.of(rows), catalogs(List.of(control, services, appeals)));
    }

    private ListService.Catalogs catalogs(List<ProcessGroup> groups) {
        return new ListService.Catalogs(byId(List.of(plots, supervision, removed), AgencyProcess::id),
                byId(groups, ProcessGroup::id), Map.of(), byId(List.of(mfc, phone, oldSite), Touchpoint::id),
                byId(List.of(apply, inspection, retired), ClientNeed::id), Map.of());
    }

    private static List<RuleFinding> only(List<RuleFinding> findings, ListRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static ListRow row(AgencyProcess p, AgencyProcess.UnitRef unit, Touchpoint t, ClientNeed need) {
        return new ListRow(UUID.randomUUID(), UUID.randomUUID(), 1, p.groupId(), p.groupNumber(), p.groupName(), p.id(), p.name(),
                unit == null ? null : unit.id(), unit == null ? null : unit.name(), t.id(), t.name(), t.kind(),
                List.of(new EntryNeed(need.id(), need.name(), null)), null, null, Map.of());
    }

    private static ListRow withBasis(ListRow r, String basis) {
        return new ListRow(r.entryKey(), r.revisionId(), r.validFrom(), r.groupId(), r.groupNumber(), r.groupTitle(), r.processId(),
                r.processName(), r.unitId(), r.unitName(), r.touchpointId(), r.touchpointName(), r.kind(), r.needs(), r.specifics(),
                basis, r.customValues());
    }

    private static ListRow asOf(ListRow r, ChannelKind kind) {
        return new ListRow(r.entryKey(), r.revisionId(), r.validFrom(), r.groupId(), r.groupNumber(), r.groupTitle(), r.processId(),
                r.processName(), r.unitId(), r.unitName(), r.touchpointId(), r.touchpointName(), kind, r.needs(), r.specifics(),
                r.basis(), r.customValues());
    }

    private static AgencyProcess process(ProcessGroup g, String name, List<AgencyProcess.UnitRef> owners, List<Basis> bases,
                                         boolean excluded) {
        return new AgencyProcess(UUID.randomUUID(), g.id(), g.number(), g.name(), name, ProcessKind.PUBLIC_SERVICE, owners.isEmpty(),
                owners, bases, null, null, excluded, excluded ? LocalDate.of(2026, 3, 1) : null, excluded ? "Приказ № 12" : null, 0);
    }

    private static Touchpoint touchpoint(String name, ChannelKind kind, String basis, boolean retired) {
        return new Touchpoint(UUID.randomUUID(), name, kind, kind == ChannelKind.DIGITAL ? ChannelType.PHONE : ChannelType.MFC, null,
                null, basis, retired, 0);
    }

    private static ClientNeed need(Integer number, String name, boolean retired) {
        return new ClientNeed(UUID.randomUUID(), number, name, retired, 0);
    }
}
