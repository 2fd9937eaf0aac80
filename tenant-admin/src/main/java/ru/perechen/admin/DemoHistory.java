package ru.perechen.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import ru.perechen.calendar.CalendarService;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.Basis;
import ru.perechen.catalog.BasisKind;
import ru.perechen.catalog.DefaultProcessGroup;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.publication.Publication;
import ru.perechen.publication.PublicationService;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/**
 * DEMO DATA ONLY: a plausible past for the seed agencies, so that the regional coordinator's dashboard has
 * a history to show. Every first version is dated as its act «1-п» of 05.02.2026 says — enacted the next
 * day — and published on the official site, Инспекция госстройнадзора НСО's late; Минпромнауки Мордовии
 * got a second version in August through its chain; processes were included in the registries of ДИЗО НСО
 * and of the inspection since their lists (open review tasks), and ДИЗО's request for its process waits
 * for its first approver. What the services do is done through them, as the demo people; only the days
 * no service would let anyone write are set back by SQL as the schema owner ({@link DemoSql}).
 *
 * <p>The second version is Мордовия's, not an agency of region 54: the tests and the end-to-end suite
 * rely on every Novosibirsk demo agency having version 1 in force. Each step sees whether it was done (a
 * date already set, a publication recorded, a title or a process present): a second start changes nothing.
 */
@Component
@ConditionalOnProperty(name = "perechen.demo-data.enabled", havingValue = "true")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    static final LocalDate FIRST_ENACTED = SeedLists.DEMO_ACT_DATE.plusDays(1);
    static final LocalDate FIRST_PUBLISHED = LocalDate.of(2026, 2, 10);
    /** After the due day (13.02.2026, five working days after the enactment). */
    static final LocalDate FIRST_PUBLISHED_LATE = LocalDate.of(2026, 2, 24);
    static final String LATE = "gsn-nso";
    static final String SECOND = "minpromnauki-rm";
    static final LocalDate SECOND_PUBLISHED = LocalDate.of(2026, 8, 19);
    static final String DIZO_PROCESS = "Предоставление земельных участков в собственность бесплатно многодетным семьям";
    static final String GSN_PROCESS = "Рассмотрение извещений о начале строительства, реконструкции объектов капитального строительства";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final AgencyDirectory directory;
    private final PublicationService publications;
    private final ProcessRegistryService registry;
    private final ProcessGroupService groups;
    private final OrgUnitService units;
    private final CalendarService calendar;
    private final DemoRequests requests;
    private final DemoSql sql;

    @SuppressWarnings("java:S107")
    DemoHistory(AgencyDirectory directory, PublicationService publications, ProcessRegistryService registry, ProcessGroupService groups,
                OrgUnitService units, CalendarService calendar, DemoRequests requests, DemoSql sql) {
        this.directory = directory;
        this.publications = publications;
        this.registry = registry;
        this.groups = groups;
        this.units = units;
        this.calendar = calendar;
        this.requests = requests;
        this.sql = sql;
    }

    void apply() {
        LocalDate today = calendar.today();
        for (SeedAgencies.SeedAgency seed : SeedAgencies.AGENCIES) {
            AgencySummary agency = agency(seed.slug());
            dateVersion(agency, 1, FIRST_ENACTED);
            publish(agency, 1, LATE.equals(seed.slug()) ? FIRST_PUBLISHED_LATE : FIRST_PUBLISHED);
        }
        if (today.isAfter(SECOND_PUBLISHED)) {
            AgencySummary mpn = agency(SECOND);
            requests.secondVersion(mpn).ifPresent(number -> {
                dateVersion(mpn, number, DemoRequests.SECOND_ENACTED);
                publish(mpn, number, SECOND_PUBLISHED);
            });
        }
        AgencySummary dizo = agency("dizo-nso");
        include(dizo, new ProcessDraft(DIZO_PROCESS, null, ProcessKind.PUBLIC_SERVICE, false, Set.of(),
                List.of(new Basis(BasisKind.NORMATIVE_ACT, "Земельный кодекс Российской Федерации", "136-ФЗ", LocalDate.of(2001, 10, 25),
                        "http://www.kremlin.ru/acts/bank/17478")), today.minusDays(14), "212-п"),
                DefaultProcessGroup.PUBLIC_SERVICES, "Отдел предоставления земельных участков");
        requests.pending(dizo, DIZO_PROCESS);
        include(agency(LATE), new ProcessDraft(GSN_PROCESS, null, ProcessKind.CONTROL_FUNCTION, false, Set.of(),
                List.of(new Basis(BasisKind.NORMATIVE_ACT, "Градостроительный кодекс Российской Федерации", "190-ФЗ",
                        LocalDate.of(2004, 12, 29), "https://www.consultant.ru/document/cons_doc_LAW_51040/")), today.minusDays(7), "41"),
                DefaultProcessGroup.CONTROL, "Отдел надзора за строительством");
        log.info("Demo history present");
    }

    private AgencySummary agency(String slug) {
        return TenantContext.callAsSystem(() -> directory.findBySlug(slug)).orElseThrow();
    }

    private Optional<Publication> publication(AgencySummary agency, int number) {
        return TenantContext.callAsAgency(agency.id(), () -> publications.forVersion(number));
    }

    /**
     * Dates a version's enactment on the day (10:00 Moscow time), its publication deadline counted anew from
     * it, and the review tasks it closed. For version 1 also the tasks the seeding of the registry opened:
     * the registry was formed for the act, on its day.
     */
    private void dateVersion(AgencySummary agency, int number, LocalDate day) {
        Publication publication = publication(agency, number).orElse(null);
        if (publication == null || day.equals(publication.enactedOn())) {
            return;
        }
        LocalDate due = calendar.addWorkingDays(day, publication.workingDays(), agency.regionId());
        sql.inAgency(agency.id(), jdbc -> {
            if (number == 1) {
                jdbc.sql("update review_task set created_at = :formed where created_at <= (select enacted_at from list_version where number = 1)")
                        .param("formed", DemoSql.at(SeedLists.DEMO_ACT_DATE, 10)).update();
            }
            jdbc.sql("update review_task set closed_at = :enacted where closed_by_version = :number")
                    .param("enacted", DemoSql.at(day, 10)).param("number", number).update();
            jdbc.sql("update list_version set enacted_at = :enacted where number = :number")
                    .param("enacted", DemoSql.at(day, 10)).param("number", number).update();
            jdbc.sql("update publication set enacted_on = :day, due_on = :due, calendar_missing = null where version_number = :number")
                    .param("day", java.sql.Date.valueOf(day)).param("due", java.sql.Date.valueOf(due)).param("number", number).update();
            // released to the open page as it was enacted, as the seeding does
            jdbc.sql("update publication set released_at = :enacted where version_number = :number and released_at is not null")
                    .param("enacted", DemoSql.at(day, 10)).param("number", number).update();
        });
    }

    /** Records the version published on the official site that day, by the cc deputy, through the service; recorded that day too. */
    private void publish(AgencySummary agency, int number, LocalDate on) {
        Publication publication = publication(agency, number).orElse(null);
        if (publication == null || publication.publishedOn() != null || on.isAfter(calendar.today())) {
            return;
        }
        DemoPeople.as(agency, "cc", () -> publications.markPublished(number, publication.version(),
                agency.officialSiteUrl() + "/documents/perechen-" + number, on));
        // the service records it now; in the demo's past it was recorded the day it was published
        sql.inAgency(agency.id(), jdbc -> jdbc.sql("update publication set recorded_at = :at where version_number = :number")
                .param("at", DemoSql.at(on, 12)).param("number", number).update());
    }

    /**
     * Includes a process in the registry by the agency's order, as its admin: the review-task listener opens
     * its PROCESS_INCLUDED task, which is dated the day of the inclusion. The process has no row yet.
     */
    private void include(AgencySummary agency, ProcessDraft draft, DefaultProcessGroup group, String unit) {
        AgencyProcess created = DemoPeople.as(agency, "admin", () -> {
            if (registry.list().stream().anyMatch(p -> p.name().equals(draft.name()))) {
                return null;
            }
            return registry.create(new ProcessDraft(draft.name(),
                    groups.list().stream().filter(g -> group.name().equals(g.catalogueCode())).findFirst().orElseThrow().id(),
                    draft.kind(), false, Set.of(units.list().stream().filter(u -> u.name().equals(unit)).findFirst().orElseThrow().id()),
                    draft.bases(), draft.includedOn(), "Приказ от " + DAY.format(draft.includedOn()) + " № " + draft.includedByAct()));
        });
        if (created == null) {
            return;
        }
        sql.inAgency(agency.id(), jdbc -> {
            int tasks = jdbc.sql("update review_task set created_at = :at where subject_key = :key and status = 'OPEN'")
                    .param("at", DemoSql.at(draft.includedOn(), 10)).param("key", "process:" + created.id()).update();
            if (tasks == 0) {
                log.warn("No review task was opened for the process «{}» of {}", created.name(), agency.slug());
            }
        });
    }
}
