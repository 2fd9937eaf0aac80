package ru.perechen.documents;

import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * An agency whose list exercises the printed form: two directions, a process run by two units (its
 * rows per unit), a uniform one, digital and offline touchpoints, several needs per row, a
 * specifics text that a spreadsheet would take for a formula, and an enacted first version.
 */
final class DocumentFixture {

    final AgencyId agency;
    final TenantPrincipal admin;
    final TenantPrincipal editor;
    final List<ProcessGroup> groups;
    final OrgUnit industry;
    final OrgUnit trade;
    final AgencyProcess subsidies;
    final AgencyProcess consulting;
    final AgencyProcess appeals;
    final AgencyProcess support;
    final Touchpoint site;
    final Touchpoint epgu;
    final Touchpoint callCentre;
    final Touchpoint reception;
    final List<ClientNeed> needs;

    @SuppressWarnings("java:S107")
    DocumentFixture(AgencyDirectory directory, StaffDirectory staff, OrgUnitService units, ProcessGroupService groupService,
                    ProcessRegistryService registry, TouchpointService touchpoints, ClientNeedService needService,
                    ListTemplateService templates, ListService list, ru.perechen.coretest.TestAgencies.Pair pair, String prefix,
                    ListTemplateDraft template) {
        agency = pair.agency();
        admin = person(agency, prefix + "-admin", "Анна Админова", Role.TENANT_ADMIN, Role.CC_DEPUTY);
        editor = person(agency, prefix + "-editor", "Иван Редакторов", Role.EDITOR);
        var adminMember = as(admin, () -> staff.recordSignIn(admin.actorId(), admin.actorName(), null, admin.roles()));
        var editorMember = as(admin, () -> staff.recordSignIn(editor.actorId(), editor.actorName(), null, editor.roles()));
        industry = as(admin, () -> units.create(new OrgUnitDraft("Отдел развития промышленности", null, adminMember.id(), null,
                Set.of(editorMember.id()))));
        trade = as(admin, () -> units.create(new OrgUnitDraft("Отдел торговли", null, null, null, Set.of())));
        as(admin, () -> {
            groupService.applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES, DefaultProcessGroup.APPEALS,
                    DefaultProcessGroup.INTERNAL_CLIENT));
            needService.applyNeedSet(NeedSet.METHODOLOGY_9);
            templates.applyPreset(template);
            return null;
        });
        groups = as(admin, groupService::list);
        subsidies = as(admin, () -> registry.create(new ProcessDraft("Предоставление субсидий промышленным предприятиям",
                groups.get(0).id(), ProcessKind.SUPPORT_MEASURE, false, Set.of(industry.id()), List.of(), null, null)));
        consulting = as(admin, () -> registry.create(new ProcessDraft("Консультирование предпринимателей",
                groups.get(0).id(), ProcessKind.SUPPORT_MEASURE, false, Set.of(industry.id(), trade.id()), List.of(), null, null)));
        appeals = as(admin, () -> registry.create(new ProcessDraft("Рассмотрение обращений граждан",
                groups.get(1).id(), ProcessKind.APPEALS, true, Set.of(), List.of(), null, null)));
        support = as(admin, () -> registry.create(new ProcessDraft("Консультирование сотрудников по кадровым вопросам",
                groups.get(2).id(), ProcessKind.INTERNAL, true, Set.of(), List.of(), null, null)));
        site = as(admin, () -> touchpoints.create(new TouchpointDraft("Официальный сайт министерства", null, ChannelType.SITE,
                "https://mz.example.ru", null, null)));
        epgu = as(admin, () -> touchpoints.create(new TouchpointDraft("ЕПГУ (www.gosuslugi.ru)", null, ChannelType.EPGU,
                "https://www.gosuslugi.ru", null, null)));
        callCentre = as(admin, () -> touchpoints.create(new TouchpointDraft("Контакт-центр министерства", null,
                ChannelType.CALL_CENTRE, "+7 383 000-00-00", null, null)));
        reception = as(admin, () -> touchpoints.create(new TouchpointDraft("Личный прием", null, ChannelType.RECEPTION,
                "по записи", null, null)));
        needs = as(admin, needService::list);
        List<RowChange> rows = new ArrayList<>();
        rows.add(add(subsidies, null, site, Map.of(0, "Размещение порядка предоставления субсидии", 2, ""), null));
        rows.add(add(subsidies, null, epgu, Map.of(3, "Подача заявки в электронной форме", 5, ""),
                "=Заявка подаётся с 1 марта; +7 дней на проверку"));
        rows.add(add(consulting, industry.id(), callCentre, Map.of(1, ""), null));
        rows.add(add(consulting, trade.id(), reception, Map.of(1, "", 0, ""), "Приём по вторникам\nс 10 до 13 часов"));
        rows.add(add(appeals, null, site, Map.of(3, "", 4, "", 5, ""), null));
        rows.add(add(appeals, null, reception, Map.of(3, ""), null));
        rows.add(add(support, null, reception, Map.of(1, ""), null));
        as(admin, () -> list.enact(new Enactment(null, null, "34", LocalDate.of(2024, 1, 31), null, rows)));
    }

    /** @param chosen the needs by their position in the agency's order, with the interaction for each ("" for none) */
    RowChange add(AgencyProcess process, UUID unit, Touchpoint touchpoint, Map<Integer, String> chosen, String specifics) {
        List<NeedInteraction> list = chosen.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new NeedInteraction(needs.get(e.getKey()).id(), e.getValue().isEmpty() ? null : e.getValue())).toList();
        return new RowChange.Add(UUID.randomUUID(), new RowContent(process.id(), unit, touchpoint.id(), list, specifics, null, null));
    }
}
