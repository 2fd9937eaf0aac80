package ru.perechen.region;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.calendar.CalendarService;
import ru.perechen.calendar.CalendarYearMissingException;
import ru.perechen.feedback.Quarter;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.AgencyIndicators.Compliance;
import ru.perechen.region.AgencyIndicators.Coverage;
import ru.perechen.region.AgencyIndicators.Feedback;
import ru.perechen.region.AgencyIndicators.ListInForce;
import ru.perechen.region.AgencyIndicators.Publication;
import ru.perechen.region.AgencyIndicators.Requests;
import ru.perechen.region.AgencyIndicators.Tasks;
import ru.perechen.region.RegionListQueries.Version;
import ru.perechen.region.RegionWorkQueries.Enacted;
import ru.perechen.region.RegionWorkQueries.FeedbackRow;
import ru.perechen.region.RegionWorkQueries.PublicationRow;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.TenantContext;

/**
 * A region's agencies compared as of a day (decision 38): one read-only transaction in the region scope —
 * which row-level security bounds to the region's agencies, and which only its coordinator or a platform
 * admin may enter — and a fixed number of aggregate queries, however many agencies and rows there are.
 */
@Service
public class RegionDashboardService {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** The earliest day a dashboard is computed for. */
    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

    private final AgencyDirectory directory;
    private final RegionListQueries lists;
    private final RegionWorkQueries work;
    private final RegionFindings findings;
    private final CalendarService calendar;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    @SuppressWarnings("java:S107")
    RegionDashboardService(AgencyDirectory directory, RegionListQueries lists, RegionWorkQueries work, RegionFindings findings,
                           CalendarService calendar, Clock clock, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.lists = lists;
        this.work = work;
        this.findings = findings;
        this.calendar = calendar;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Today in Moscow time, the day a dashboard is computed for unless another is asked. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Refuses, before any counting, whoever may not read the region (a coordinator of another region, an agency's staff). */
    public void requireReadable(RegionId region) {
        Access.REGION.require();
        TenantContext.callInRegionScope(region, () -> null);
    }

    /** The region's active agencies as they stood at the end of {@code day} (today when null). */
    public RegionDashboard dashboard(RegionId region, LocalDate day) {
        Access.REGION.require();
        LocalDate asOf = checked(day);
        RegionSummary summary = directory.findRegion(region).orElseThrow(() -> new InvalidSettingException("region",
                "region.error.not-found"));
        List<AgencySummary> agencies = directory.agenciesOf(region).stream().filter(AgencySummary::active).toList();
        return TenantContext.callInRegionScope(region, () -> readOnly.execute(status -> compute(summary, agencies, asOf)));
    }

    /**
     * The dashboard at the end of each of the last {@code quarters} quarters before {@code day}'s, oldest
     * first, and at {@code day} itself: the indicators' trend.
     */
    public List<RegionDashboard> history(RegionId region, LocalDate day, int quarters) {
        Access.REGION.require();
        LocalDate asOf = checked(day);
        List<LocalDate> days = new ArrayList<>();
        Quarter q = Quarter.of(asOf);
        for (int i = 0; i < Math.min(Math.max(quarters, 0), 12); i++) {
            q = q.previous();
            days.addFirst(q.lastDay());
        }
        days.add(asOf);
        return days.stream().filter(d -> !d.isBefore(EARLIEST)).map(d -> dashboard(region, d)).toList();
    }

    private LocalDate checked(LocalDate day) {
        LocalDate today = today();
        LocalDate asOf = day == null ? today : day;
        if (asOf.isAfter(today)) {
            throw new InvalidSettingException("asOf", "region.error.as-of-future");
        }
        if (asOf.isBefore(EARLIEST)) {
            throw new InvalidSettingException("asOf", "region.error.as-of-early", EARLIEST.getYear());
        }
        return asOf;
    }

    private RegionDashboard compute(RegionSummary region, List<AgencySummary> agencies, LocalDate asOf) {
        Instant end = asOf.plusDays(1).atStartOfDay(ZONE).toInstant();
        Quarter feedbackQuarter = Quarter.of(asOf).previous();
        Map<UUID, Version> versions = lists.versions(end);
        Map<UUID, Integer> registry = lists.registry(asOf);
        Map<UUID, VersionFacts> facts = findings.facts(end);
        Map<UUID, PublicationRow> publications = work.publications(end, asOf);
        Map<UUID, Tasks> tasks = work.tasks(end);
        Map<UUID, Integer> inApproval = work.inApproval(end);
        Map<UUID, List<Enacted>> enacted = work.enacted(asOf.minusYears(1).plusDays(1).atStartOfDay(ZONE).toInstant(), end);
        Map<UUID, FeedbackRow> feedback = work.feedback(feedbackQuarter.start(), feedbackQuarter.end());
        CalendarService.WorkingDays days = calendar.workingDays(region.id());
        List<AgencyIndicators> result = new ArrayList<>();
        for (AgencySummary agency : agencies) {
            UUID id = agency.id().value();
            Version v = versions.get(id);
            VersionFacts c = v == null ? null : facts.get(id);
            ListInForce list = c == null ? null : new ListInForce(v.number(), v.actNumber(), v.actDate(), v.enactedOn(),
                    (int) ChronoUnit.DAYS.between(v.actDate() == null ? v.enactedOn() : v.actDate(), asOf), v.rows(), c.processes(),
                    c.touchpoints());
            Compliance compliance = c == null ? null : Compliance.of(c.findings(), v.rows());
            Publication publication = c == null ? null : publication(publications.get(id), asOf, days);
            List<Enacted> year = enacted.getOrDefault(id, List.of());
            FeedbackRow f = feedback.get(id);
            result.add(new AgencyIndicators(agency, list, compliance, publication, tasks.getOrDefault(id, new Tasks(0, 0)),
                    new Requests(inApproval.getOrDefault(id, 0), year.size(), median(year, days)),
                    new Coverage(registry.getOrDefault(id, 0), c == null ? 0 : c.coveredOn(asOf)),
                    c == null ? new AgencyIndicators.Channels(0, 0, Map.of()) : c.channels(),
                    f == null ? null : new Feedback(feedbackQuarter.toString(), f.responses(), f.answered() == 0 ? null
                            : Math.round(1000.0 * f.satisfied() / f.answered()) / 10.0, f.threshold())));
        }
        return new RegionDashboard(region, asOf, feedbackQuarter.toString(), result);
    }

    /** As the agency's publications page states it, on that day; without a record of it, a state of null. */
    static Publication publication(PublicationRow row, LocalDate asOf, CalendarService.WorkingDays days) {
        if (row == null) {
            return new Publication(null, null, null, null);
        }
        if (row.dueOn() == null) {
            return new Publication(row.publishedOn() == null ? PublicationState.CALENDAR_MISSING : PublicationState.PUBLISHED_ON_TIME,
                    null, row.publishedOn(), null);
        }
        try {
            if (row.publishedOn() != null) {
                boolean late = row.publishedOn().isAfter(row.dueOn());
                return new Publication(late ? PublicationState.PUBLISHED_LATE : PublicationState.PUBLISHED_ON_TIME, row.dueOn(),
                        row.publishedOn(), late ? days.between(row.dueOn(), row.publishedOn()) : null);
            }
            if (asOf.isAfter(row.dueOn())) {
                return new Publication(PublicationState.OVERDUE, row.dueOn(), null, days.between(row.dueOn(), asOf));
            }
            int left = days.between(asOf, row.dueOn());
            return new Publication(left <= 1 ? PublicationState.DUE_SOON : PublicationState.AWAITING, row.dueOn(), null, left);
        } catch (CalendarYearMissingException missing) {
            return new Publication(PublicationState.CALENDAR_MISSING, row.dueOn(), row.publishedOn(), null);
        }
    }

    /** The median of working days from first submission to enactment; null without requests or a calendar for them. */
    static Double median(List<Enacted> enacted, CalendarService.WorkingDays days) {
        if (enacted.isEmpty()) {
            return null;
        }
        try {
            double[] spans = enacted.stream().mapToDouble(e -> days.between(e.submitted(), e.enacted())).sorted().toArray();
            int n = spans.length;
            return n % 2 == 1 ? spans[n / 2] : (spans[n / 2 - 1] + spans[n / 2]) / 2;
        } catch (CalendarYearMissingException missing) {
            return null;
        }
    }
}
