package ru.perechen.region;

import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.NeedSet;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.Answers;
import ru.perechen.feedback.Channel;
import ru.perechen.feedback.FeedbackResponses;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.Field;
import ru.perechen.publication.PublicationService;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.ApprovalChainDraft;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApprovalStepDraft;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ReviewTaskService;

/**
 * Region 861 as {@link RegionDashboardTest} reads it, built day by day of 2026 on a movable clock through the
 * agencies' own services:
 * <ul>
 * <li>the ministry (rd-a): processes grants, subsidies, licensing, hotline (02.03) and reports (included 01.10); v1 of
 * four rows, one at the old phone retired on 03.03; requests R1–R3 each adding a row (v2–v4), R2 returned once; R4
 * waiting since 01.10; feedback on (threshold 80 %);</li>
 * <li>the inspection (rd-b): processes inspections, permits, appeals; v1 of three rows on 04.05, published late, v2
 * unchanged on 12.11; feedback off;</li>
 * <li>the committee (rd-c): one process and no list; and an inactive agency (rd-d).</li>
 * </ul>
 */
final class RegionDashboardFixture {

    static final LocalDate TODAY = day(11, 16);
    static final LocalDate PAST = day(5, 21);

    RegionId region;
    RegionId neighbour;
    AgencyId ministry;
    AgencyId inspection;
    AgencyId committee;
    int[] requestNumbers = new int[5];

    private final ApplicationContext context;
    private final MovableClock clock;
    private TenantPrincipal admin;
    private TenantPrincipal cc;

    private RegionDashboardFixture(ApplicationContext context, MovableClock clock) {
        this.context = context;
        this.clock = clock;
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    static RegionDashboardFixture build(ApplicationContext context, MovableClock clock) {
        RegionDashboardFixture f = new RegionDashboardFixture(context, clock);
        f.timeline();
        return f;
    }

    private void timeline() {
        clock.set(day(3, 2));
        TenantContext.callAsSystem(() -> {
            AgencyDirectory directory = bean(AgencyDirectory.class);
            region = directory.registerRegion("861", "Область показателей");
            neighbour = directory.registerRegion("862", "Соседняя область показателей");
            ministry = agency("rd-a", "Министерство Д", AgencyType.MINISTRY, "https://rd-a.example.ru");
            inspection = agency("rd-b", "Инспекция Д", AgencyType.INSPECTION, "https://rd-b.example.ru");
            committee = agency("rd-c", "Комитет Д", AgencyType.MINISTRY, null);
            return directory.setActive(agency("rd-d", "Управление Д", AgencyType.MINISTRY, null), false);
        });
        admin = person(ministry, "rd-a-admin", "Анна Админова", Role.TENANT_ADMIN);
        cc = person(ministry, "rd-a-cc", "Елена Ковалёва", Role.CC_DEPUTY);
        Map<String, UUID> a = ministry();
        Map<String, UUID> b = inspection();
        as(person(committee, "rd-c-admin", "Борис", Role.TENANT_ADMIN), () -> {
            bean(ProcessGroupService.class).applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
            return process("Приём граждан", 0, null);
        });

        publish(ministry, 1, day(3, 5));
        ChangeRequest r1 = send(day(4, 1), 1, a.get("hotline"), a.get("phone"));
        enact(day(4, 8), r1, "2-п", day(4, 7));
        publish(ministry, 2, day(4, 20));
        clock.set(day(5, 4));
        TenantPrincipal inspector = inspector();
        as(inspector, () -> bean(ListService.class).enact(new Enactment(null, null, null, null, null, List.of(
                add(b.get("inspections"), b.get("site")), add(b.get("inspections"), b.get("desk")),
                add(b.get("permits"), b.get("call"))))));
        ChangeRequest r2 = send(day(5, 12), 2, a.get("subsidies"), a.get("desk"));
        clock.set(day(5, 13));
        ChangeRequest returned = as(cc, () -> requests().returnForRevision(r2.number(), r2.version(), "Уточните часы приёма"));
        as(inspector, () -> bean(ReviewTaskService.class).checkDeadlines());
        clock.set(day(5, 20));
        ChangeRequest resent = as(admin, () -> requests().submit(returned.number(), returned.version()));
        enact(day(5, 22), resent, "3-п", day(5, 22));
        publish(inspection, 1, day(5, 25));
        as(inspector, () -> bean(ReviewTaskService.class).checkDeadlines());
        publish(ministry, 3, day(5, 26));
        answer(day(7, 15), true);
        answer(day(8, 20), true);
        answer(day(8, 20), false);
        ChangeRequest r3 = send(day(9, 1), 3, a.get("licensing"), a.get("site"));
        enact(day(9, 3), r3, "4-п", day(9, 2));
        publish(ministry, 4, day(9, 8));
        answer(day(9, 30), true);
        answer(day(9, 30), null);
        clock.set(day(10, 1));
        UUID reports = as(admin, () -> process("Сводные отчёты", 1, day(10, 1))).id();
        send(day(10, 1), 4, reports, a.get("site"));
        answer(day(10, 5), true);
        clock.set(day(10, 8));
        as(admin, () -> bean(ReviewTaskService.class).checkDeadlines());
        clock.set(day(11, 12));
        as(inspector, () -> bean(ListService.class).enact(new Enactment(null, null, null, null, null, List.of())));
        clock.set(TODAY);
    }

    /** The ministry on 02.03: its people, catalogues and chain, feedback on, version 1; the old phone retired the next day. */
    private Map<String, UUID> ministry() {
        Map<String, UUID> ids = as(admin, () -> {
            StaffDirectory staff = bean(StaffDirectory.class);
            staff.recordSignIn(admin.actorId(), admin.actorName(), null, Set.of(Role.TENANT_ADMIN));
            staff.recordSignIn(cc.actorId(), cc.actorName(), null, Set.of(Role.CC_DEPUTY));
            bean(ProcessGroupService.class).applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES,
                    DefaultProcessGroup.PUBLIC_SERVICES));
            bean(ClientNeedService.class).applyNeedSet(NeedSet.METHODOLOGY_9);
            bean(ApprovalChainService.class).save(null, new ApprovalChainDraft(List.of(ApprovalStepDraft.ofRole(Role.CC_DEPUTY, 3)),
                    false, false));
            bean(FeedbackSetup.class).change(true, 80, 10, -1);
            Map<String, UUID> m = new java.util.HashMap<>(Map.of("desk", touchpoint("Приёмная", ChannelType.RECEPTION, null),
                    "site", touchpoint("Сайт", ChannelType.SITE, "https://rd-a.example.ru"),
                    "phone", touchpoint("Телефон", ChannelType.PHONE, "+7 383 000-00-01"),
                    "oldPhone", touchpoint("Прежний телефон", ChannelType.PHONE, "+7 383 000-00-02")));
            m.put("grants", process("Гранты", 0, null).id());
            m.put("subsidies", process("Субсидии", 0, null).id());
            m.put("licensing", process("Лицензирование", 1, null).id());
            m.put("hotline", process("Горячая линия", 1, null).id());
            bean(ListService.class).enact(new Enactment(null, null, "1-п", day(3, 2), null, List.of(add(m.get("grants"), m.get("desk")),
                    add(m.get("grants"), m.get("site")), add(m.get("subsidies"), m.get("site")),
                    add(m.get("licensing"), m.get("oldPhone")))));
            return m;
        });
        answer(day(3, 2), true);
        answer(day(3, 3), false);
        as(admin, () -> {
            TouchpointService touchpoints = bean(TouchpointService.class);
            Touchpoint old = touchpoints.list().stream().filter(t -> t.id().equals(ids.get("oldPhone"))).findFirst().orElseThrow();
            return touchpoints.retire(old.id(), old.version());
        });
        return ids;
    }

    private Map<String, UUID> inspection() {
        return as(inspector(), () -> {
            bean(ProcessGroupService.class).applyCatalogue(List.of(DefaultProcessGroup.SUPPORT_MEASURES));
            bean(ClientNeedService.class).applyNeedSet(NeedSet.METHODOLOGY_9);
            return Map.of("site", touchpoint("Сайт инспекции", ChannelType.SITE, "https://rd-b.example.ru"),
                    "call", touchpoint("Центр звонков", ChannelType.CALL_CENTRE, "+7 383 000-00-03"),
                    "desk", touchpoint("Окно приёма", ChannelType.RECEPTION, null),
                    "inspections", process("Проверки", 0, null).id(), "permits", process("Разрешения", 0, null).id(),
                    "appeals", process("Обращения", 0, null).id());
        });
    }

    private TenantPrincipal inspector() {
        return person(inspection, "rd-b-cc", "Игорь Инспекторов", Role.CC_DEPUTY, Role.TENANT_ADMIN);
    }

    /** Request {@code n} of the ministry, adding one row, drafted and sent by its admin on {@code day}. */
    private ChangeRequest send(LocalDate day, int n, UUID process, UUID touchpoint) {
        clock.set(day);
        ChangeRequest draft = as(admin, () -> requests().create("Запрос " + n));
        requestNumbers[n] = draft.number();
        ChangeRequest filled = as(admin, () -> requests().addRow(draft.number(), draft.version(), row(process, touchpoint)));
        return as(admin, () -> requests().submit(filled.number(), filled.version()));
    }

    private void enact(LocalDate day, ChangeRequest sent, String act, LocalDate actDate) {
        clock.set(day);
        ChangeRequest approved = as(cc, () -> requests().approve(sent.number(), sent.version(), null));
        as(cc, () -> requests().enact(approved.number(), approved.version(), act, actDate));
    }

    private void publish(AgencyId agency, int number, LocalDate on) {
        clock.set(on);
        as(agency.equals(ministry) ? cc : inspector(), () -> {
            PublicationService publications = bean(PublicationService.class);
            long version = publications.forVersion(number).orElseThrow().version();
            String site = agency.equals(ministry) ? "https://rd-a.example.ru" : "https://rd-b.example.ru";
            return publications.markPublished(number, version, site + "/documents/perechen-" + number, on);
        });
    }

    /** A response about the ministry's reception typed in on {@code day}: satisfied, not, or (null) question 9(21) unanswered. */
    private void answer(LocalDate day, Boolean satisfied) {
        clock.set(day);
        Map<Field, String> values = new EnumMap<>(Field.class);
        values.put(Field.WAY, Field.IN_PERSON);
        values.put(Field.APPLICANT, Field.INDIVIDUAL);
        values.put(Field.PROVIDED, Field.YES);
        if (satisfied != null) {
            values.put(Field.SATISFIED, satisfied ? Field.YES : Field.NO);
        }
        as(admin, () -> bean(FeedbackResponses.class).record(Channel.EMAIL, null, null, new Answers(values, Map.of(), null, null, false),
                UUID.randomUUID()));
    }

    private AgencyId agency(String slug, String name, AgencyType type, String site) {
        return bean(AgencyDirectory.class).registerAgency(new AgencyDirectory.NewAgency(region, slug, name, name, type, site, null));
    }

    private UUID touchpoint(String name, ChannelType type, String address) {
        return bean(TouchpointService.class).create(new TouchpointDraft(name, null, type, address, null, "Положение")).id();
    }

    private AgencyProcess process(String name, int group, LocalDate includedOn) {
        UUID groupId = bean(ProcessGroupService.class).list().get(group).id();
        return bean(ProcessRegistryService.class).create(new ProcessDraft(name, groupId, ProcessKind.SUPPORT_MEASURE, true, Set.of(),
                List.of(), includedOn, includedOn == null ? null : "Приказ о включении"));
    }

    /** A row satisfying the current agency's first need. */
    private RowContent row(UUID process, UUID touchpoint) {
        UUID need = bean(ClientNeedService.class).list().getFirst().id();
        return new RowContent(process, null, touchpoint, List.of(new NeedInteraction(need, null)), null, null, Map.of());
    }

    private RowChange add(UUID process, UUID touchpoint) {
        return new RowChange.Add(UUID.randomUUID(), row(process, touchpoint));
    }

    private ChangeRequestService requests() {
        return bean(ChangeRequestService.class);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A clock the test moves, at 10:00 Moscow time of the day set: the platform reads time only through it. */
    static final class MovableClock extends Clock {
        private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
        private volatile Instant now = Instant.now();

        void set(LocalDate day) {
            now = LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(MOSCOW).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return MOSCOW;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
