package ru.perechen.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import ru.perechen.calendar.CalendarService;
import ru.perechen.calendar.CalendarYearMissingException;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.register.ListService;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowContent;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ChangeStatus;

/**
 * DEMO DATA ONLY. The change requests of the demo history, through the real route with the demo people:
 * Минпромнауки Мордовии's second version (sent in August, approved by the unit head and the
 * client-centricity deputy, enacted by order) and a request of ДИЗО НСО waiting at its first step. Each is
 * found again by its title, so a second start makes none of them twice; their days are then set back by SQL.
 */
@Component
@ConditionalOnProperty(name = "perechen.demo-data.enabled", havingValue = "true")
class DemoRequests {

    static final String SECOND_TITLE = "Консультации по выставочно-ярмарочным мероприятиям по электронной почте";
    static final LocalDate SECOND_SUBMITTED = LocalDate.of(2026, 8, 3);
    static final LocalDate SECOND_ACT_DATE = LocalDate.of(2026, 8, 14);
    static final LocalDate SECOND_ENACTED = LocalDate.of(2026, 8, 17);
    static final String PENDING_TITLE = "Подача заявлений многодетных семей о земельных участках через ЕПГУ";

    private final ChangeRequestService requests;
    private final ProcessRegistryService registry;
    private final TouchpointService touchpoints;
    private final ClientNeedService needs;
    private final CalendarService calendar;
    private final ListService list;
    private final DemoSql sql;

    DemoRequests(ChangeRequestService requests, ProcessRegistryService registry, TouchpointService touchpoints,
                 ClientNeedService needs, CalendarService calendar, ListService list, DemoSql sql) {
        this.requests = requests;
        this.list = list;
        this.registry = registry;
        this.touchpoints = touchpoints;
        this.needs = needs;
        this.calendar = calendar;
        this.sql = sql;
    }

    /**
     * The second version of Минпромнауки Мордовии: enacted through its chain once, its days set (the same
     * days at every start); its number, empty when the request is not enacted.
     */
    Optional<Integer> secondVersion(AgencySummary agency) {
        Optional<ChangeRequest> found = find(agency, SECOND_TITLE);
        if (found.isEmpty() && TenantContext.callAsAgency(agency.id(), list::currentNumber) != 1) {
            // a database whose list moved on since the seeding: no August version behind a later one
            return Optional.empty();
        }
        ChangeRequest request = found.orElseGet(() -> throughTheChain(agency));
        if (request.status() != ChangeStatus.ENACTED) {
            return Optional.empty();
        }
        // sent on 03.08, the unit head's approval on 05.08, the cc deputy's on 10.08, the order of 14.08 enacted on 17.08
        sql.inAgency(agency.id(), jdbc -> {
            jdbc.sql("""
                    update change_request set created_at = :created, submitted_at = :sent, first_submitted_at = :sent,
                           closed_at = :enacted where id = :id""")
                    .param("created", DemoSql.at(SECOND_SUBMITTED.minusDays(3), 15)).param("sent", DemoSql.at(SECOND_SUBMITTED, 10))
                    .param("enacted", DemoSql.at(SECOND_ENACTED, 10)).param("id", request.id()).update();
            for (int step = 1; step <= 2; step++) {
                jdbc.sql("update approval_decision set decided_at = :at where request_id = :id and step_position = :step")
                        .param("at", step == 1 ? DemoSql.at(SECOND_SUBMITTED.plusDays(2), 11) : DemoSql.at(SECOND_SUBMITTED.plusDays(7), 16))
                        .param("id", request.id()).param("step", step).update();
            }
        });
        return Optional.ofNullable(request.enactedVersion());
    }

    /** The editor drafts and sends it, the unit head and the cc deputy approve it, the cc deputy enacts it by the order. */
    private ChangeRequest throughTheChain(AgencySummary agency) {
        ChangeRequest sent = DemoPeople.as(agency, "editor", () -> {
            ChangeRequest draft = requests.create(SECOND_TITLE);
            ChangeRequest filled = requests.addRow(draft.number(), draft.version(), row(
                    "Поддержка участия предприятий в выставочно-ярмарочных мероприятиях", "Электронная почта",
                    "Консультирование по условиям участия в выставках и ярмарках", "Получение консультации", "Получение информации"));
            return requests.submit(filled.number(), filled.version(), filled.title(),
                    "Предприятия просят консультации по участию в выставках и ярмарках по электронной почте");
        });
        ChangeRequest headApproved = DemoPeople.as(agency, "head", () -> requests.approve(sent.number(), sent.version(), "Согласовано"));
        ChangeRequest approved = DemoPeople.as(agency, "cc", () -> requests.approve(headApproved.number(), headApproved.version(), null));
        return DemoPeople.as(agency, "cc", () -> requests.enact(approved.number(), approved.version(), "27-п", SECOND_ACT_DATE));
    }

    /** A request of ДИЗО НСО for its newly included process, sent two working days ago and not decided yet. */
    void pending(AgencySummary agency, String process) {
        if (find(agency, PENDING_TITLE).isPresent()) {
            return;
        }
        ChangeRequest sent = DemoPeople.as(agency, "editor", () -> {
            ChangeRequest draft = requests.create(PENDING_TITLE);
            ChangeRequest filled = requests.addRow(draft.number(), draft.version(), row(process,
                    "Единый портал государственных услуг (ЕПГУ)", "Подача заявления и документов в электронной форме",
                    "Представление заявления", "Получение информации о ходе"));
            return requests.submit(filled.number(), filled.version(), filled.title(),
                    "Процесс включён в реестр; заявления многодетных семей принимаются через ЕПГУ");
        });
        LocalDate day = workingDaysBefore(calendar.today(), 2, agency);
        sql.inAgency(agency.id(), jdbc -> jdbc.sql(
                        "update change_request set created_at = :created, submitted_at = :sent, first_submitted_at = :sent where id = :id")
                .param("created", DemoSql.at(day, 9)).param("sent", DemoSql.at(day, 11)).param("id", sent.id()).update());
    }

    private Optional<ChangeRequest> find(AgencySummary agency, String title) {
        return TenantContext.callAsAgency(agency.id(), () -> requests.all().stream().filter(r -> r.title().equals(title)).findFirst());
    }

    /** A row of the process at the touchpoint, serving the needs whose names begin so (the interaction of the first). */
    private RowContent row(String process, String touchpoint, String interaction, String... needPrefixes) {
        List<ClientNeed> all = needs.list();
        List<NeedInteraction> chosen = new ArrayList<>();
        for (int i = 0; i < needPrefixes.length; i++) {
            String prefix = needPrefixes[i];
            ClientNeed need = all.stream().filter(n -> !n.retired() && n.name().startsWith(prefix)).findFirst().orElseThrow();
            chosen.add(new NeedInteraction(need.id(), i == 0 ? interaction : null));
        }
        return new RowContent(registry.list().stream().filter(p -> p.name().equals(process)).findFirst().orElseThrow().id(), null,
                touchpoints.list().stream().filter(t -> t.name().equals(touchpoint)).findFirst().orElseThrow().id(), chosen, null, null,
                Map.of());
    }

    private LocalDate workingDaysBefore(LocalDate day, int count, AgencySummary agency) {
        LocalDate result = day;
        for (int left = count; left > 0; ) {
            result = result.minusDays(1);
            boolean working;
            try {
                working = calendar.isWorkingDay(result, agency.regionId());
            } catch (CalendarYearMissingException missing) {
                working = result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY;
            }
            if (working) {
                left--;
            }
        }
        return result;
    }
}
