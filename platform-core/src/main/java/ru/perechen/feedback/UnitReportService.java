package ru.perechen.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.StaffMember;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.UnitReport.Actions;
import ru.perechen.feedback.UnitReport.Line;
import ru.perechen.feedback.internal.FeedbackReportEntity;
import ru.perechen.feedback.internal.FeedbackReportRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The units' quarterly reports (act 004 §10, Приложение № 2). A unit's people (its head and members) enter
 * the clients served and send the report to the head, who signs it or gives it back; the responsible unit
 * (oversight) reads every unit's. Each action is one transaction; what a person may do now comes with the
 * report ({@link UnitReport#actions()}), and every action checks it again.
 */
@Service
public class UnitReportService {

    static final String ENTITY = "FeedbackReport";
    static final int SERVED_MAX = 10_000_000;
    private static final int COMMENT_MAX = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Line>> LINES = new TypeReference<>() { };

    private final FeedbackReportRepository reports;
    private final UnitReportFigures figures;
    private final OrgUnitService units;
    private final ReportTerms terms;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitReportService(FeedbackReportRepository reports, UnitReportFigures figures, OrgUnitService units, ReportTerms terms,
                      AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.units = units;
        this.terms = terms;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The quarter's reports the person may read: every unit's for oversight, their own units' otherwise. */
    @Transactional(readOnly = true)
    public List<UnitReport> overview(Quarter quarter) {
        Access.AGENCY_STAFF.require();
        TenantContext.requireAgency();
        Map<UUID, List<Line>> counted = figures.lines(quarter);
        Map<UUID, FeedbackReportEntity> stored = new HashMap<>();
        reports.findByYearAndQuarter(quarter.year(), quarter.number()).forEach(r -> stored.put(r.getUnitId(), r));
        Optional<LocalDate> due = terms.dueOn(quarter);
        List<UnitReport> result = new ArrayList<>();
        for (OrgUnit unit : units.list()) {
            boolean concerned = counted.containsKey(unit.id()) || stored.containsKey(unit.id());
            if (concerned && mayRead(unit)) {
                result.add(view(unit, quarter, stored.get(unit.id()), counted.getOrDefault(unit.id(), List.of()), due));
            }
        }
        return result;
    }

    @Transactional(readOnly = true)
    public UnitReport report(UUID unitId, Quarter quarter) {
        OrgUnit unit = readable(unitId);
        return view(unit, quarter, stored(unitId, quarter).orElse(null), figures.lines(quarter, unitId), terms.dueOn(quarter));
    }

    /** Saves the clients served as entered (a line left empty is not entered yet); a draft only. */
    @Transactional
    public UnitReport enter(UUID unitId, Quarter quarter, Map<String, Integer> served, long version) {
        OrgUnit unit = readable(unitId);
        FeedbackReportEntity report = stored(unitId, quarter).orElseGet(() -> new FeedbackReportEntity(unitId, quarter.year(), quarter.number()));
        check(report, version);
        UnitReport before = view(unit, quarter, report.getId() == null ? null : report, figures.lines(quarter, unitId), Optional.empty());
        require(before.actions().enter());
        List<Line> counted = figures.lines(quarter, unitId);
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> clean = new LinkedHashMap<>();
        Map<String, Line> byKey = new HashMap<>();
        counted.forEach(l -> byKey.put(l.key(), l));
        served.forEach((key, value) -> {
            if (!byKey.containsKey(key)) {
                problems.add(new Problem(key, "feedback.report.error.line"));
            } else if (value != null && (value < 0 || value > SERVED_MAX)) {
                problems.add(new Problem(key, "feedback.report.error.served", SERVED_MAX));
            } else {
                clean.put(key, value);
            }
        });
        if (!problems.isEmpty()) {
            throw new FeedbackRejectedException(problems);
        }
        report.enter(JSON.writeValueAsString(UnitReportFigures.withServed(counted, clean)), clock.instant(), actorName());
        FeedbackReportEntity saved = reports.saveAndFlush(report);
        UnitReport after = view(unit, quarter, saved, counted, terms.dueOn(quarter));
        audit.record(ENTITY, saved.getId(), "ENTERED", unit.name() + " — " + quarter, before.lines(), after.lines());
        return after;
    }

    /** Saves what the page shows and sends it, in one transaction: either both are done or neither. */
    @Transactional
    public UnitReport submit(UUID unitId, Quarter quarter, Map<String, Integer> served, long version) {
        return submit(unitId, quarter, enter(unitId, quarter, served, version).version());
    }

    /** Sends the report to the unit head, its counts frozen from now on; every line needs its clients served. */
    @Transactional
    public UnitReport submit(UUID unitId, Quarter quarter, long version) {
        OrgUnit unit = readable(unitId);
        FeedbackReportEntity report = stored(unitId, quarter).orElseThrow(() -> new InvalidConfigurationException("served",
                "feedback.report.error.nothing-entered"));
        check(report, version);
        UnitReport now = view(unit, quarter, report, figures.lines(quarter, unitId), terms.dueOn(quarter));
        require(now.actions().submit());
        if (!terms.today().isAfter(quarter.lastDay())) {
            throw new InvalidConfigurationException("quarter", "feedback.report.error.quarter-not-over");
        }
        List<Problem> problems = new ArrayList<>();
        for (Line line : now.lines()) {
            if (line.served() == null) {
                problems.add(new Problem(line.key(), "feedback.report.error.served-missing"));
            } else if (line.served() < line.feedback()) {
                problems.add(new Problem(line.key(), "feedback.report.error.served-below", line.feedback()));
            }
        }
        if (now.lines().isEmpty()) {
            problems.add(new Problem("served", "feedback.report.error.no-lines"));
        }
        if (!problems.isEmpty()) {
            throw new FeedbackRejectedException(problems);
        }
        TenantPrincipal me = TenantContext.principal().orElseThrow();
        report.submit(JSON.writeValueAsString(now.lines()), clock.instant(), me.actorId(), me.actorName());
        FeedbackReportEntity saved = reports.saveAndFlush(report);
        UnitReport after = view(unit, quarter, saved, List.of(), terms.dueOn(quarter));
        audit.record(ENTITY, saved.getId(), "SUBMITTED", unit.name() + " — " + quarter, now, after);
        if (unit.head() != null) {
            events.publishEvent(new FeedbackReportEvent.ToSign(unitId, unit.name(), quarter, List.of(unit.head().subject())));
        }
        return after;
    }

    /** The unit head signs the report off: final, it has reached the responsible unit. */
    @Transactional
    public UnitReport sign(UUID unitId, Quarter quarter, long version) {
        OrgUnit unit = readable(unitId);
        FeedbackReportEntity report = stored(unitId, quarter).orElseThrow(() -> new AccessDeniedToTenantException("no report"));
        check(report, version);
        UnitReport before = view(unit, quarter, report, List.of(), terms.dueOn(quarter));
        require(before.actions().sign());
        TenantPrincipal me = TenantContext.principal().orElseThrow();
        report.sign(clock.instant(), me.actorId(), me.actorName());
        FeedbackReportEntity saved = reports.saveAndFlush(report);
        UnitReport after = view(unit, quarter, saved, List.of(), terms.dueOn(quarter));
        audit.record(ENTITY, saved.getId(), "SIGNED", unit.name() + " — " + quarter, before, after);
        events.publishEvent(new FeedbackReportEvent.Signed(unitId, unit.name(), quarter));
        return after;
    }

    /** The unit head gives the report back to the unit with the reason; it is a draft again, counted afresh. */
    @Transactional
    public UnitReport giveBack(UUID unitId, Quarter quarter, String comment, long version) {
        OrgUnit unit = readable(unitId);
        FeedbackReportEntity report = stored(unitId, quarter).orElseThrow(() -> new AccessDeniedToTenantException("no report"));
        check(report, version);
        UnitReport before = view(unit, quarter, report, List.of(), terms.dueOn(quarter));
        require(before.actions().giveBack());
        String clean = comment == null ? "" : comment.strip();
        if (clean.isEmpty()) {
            throw new InvalidConfigurationException("comment", "feedback.report.error.comment-required");
        }
        if (clean.length() > COMMENT_MAX) {
            throw new InvalidConfigurationException("comment", "catalog.error.name-too-long", COMMENT_MAX);
        }
        String sender = report.getSubmittedBy();
        report.giveBack(clean, clock.instant(), actorName());
        FeedbackReportEntity saved = reports.saveAndFlush(report);
        UnitReport after = view(unit, quarter, saved, figures.lines(quarter, unitId), terms.dueOn(quarter));
        audit.record(ENTITY, saved.getId(), "RETURNED", unit.name() + " — " + quarter + ": " + clean, before, after);
        events.publishEvent(new FeedbackReportEvent.Returned(unitId, unit.name(), quarter, sender, clean));
        return after;
    }

    private UnitReport view(OrgUnit unit, Quarter quarter, FeedbackReportEntity stored, List<Line> counted, Optional<LocalDate> due) {
        UnitReport.Status status = stored == null ? UnitReport.Status.NOT_STARTED : UnitReport.Status.valueOf(stored.getStatus().name());
        List<Line> lines;
        if (stored == null) {
            lines = counted;
        } else if (stored.getStatus() == FeedbackReportEntity.Status.DRAFT) {
            Map<String, Integer> served = new HashMap<>();
            JSON.readValue(stored.getLines(), LINES).forEach(l -> served.put(l.key(), l.served()));
            lines = UnitReportFigures.withServed(counted, served);
        } else {
            lines = JSON.readValue(stored.getLines(), LINES);
        }
        UnitReport report = new UnitReport(unit.id(), unit.name(), quarter, status, due.orElse(null), terms.heading(), lines,
                stored == null ? null : stored.getSubmittedByName(), stored == null ? null : stored.getSubmittedAt(),
                stored == null ? null : stored.getSignedByName(), stored == null ? null : stored.getSignedAt(),
                stored == null ? null : stored.getReturnedComment(), unit.head() == null ? null : unit.head().displayName(),
                stored == null || stored.getId() == null ? -1 : stored.getVersion(), Actions.NONE);
        return withActions(report, actions(unit, report, stored == null ? null : stored.getSubmittedBy()));
    }

    private static UnitReport withActions(UnitReport r, Actions actions) {
        return new UnitReport(r.unitId(), r.unitName(), r.quarter(), r.status(), r.dueOn(), r.heading(), r.lines(), r.submittedByName(),
                r.submittedAt(), r.signedByName(), r.signedAt(), r.returnedComment(), r.headName(), r.version(), actions);
    }

    /** What the signed-in person may do with the report now: the one place of these rules. */
    private Actions actions(OrgUnit unit, UnitReport report, String submittedBy) {
        if (TenantContext.isSystem()) {
            return Actions.NONE;
        }
        String me = TenantContext.principal().map(TenantPrincipal::actorId).orElse("");
        boolean ofUnit = isHead(unit, me) || unit.members().stream().anyMatch(m -> me.equals(m.subject()));
        boolean draft = report.status() == UnitReport.Status.NOT_STARTED || report.status() == UnitReport.Status.DRAFT;
        boolean submitted = report.status() == UnitReport.Status.SUBMITTED;
        boolean head = isHead(unit, me);
        boolean notMine = !me.equals(submittedBy);
        return new Actions(ofUnit && draft, ofUnit && draft && report.status() == UnitReport.Status.DRAFT,
                head && submitted && notMine, head && submitted);
    }

    private static boolean isHead(OrgUnit unit, String subject) {
        StaffMember head = unit.head();
        return head != null && subject.equals(head.subject());
    }

    private boolean mayRead(OrgUnit unit) {
        if (Access.OVERSIGHT.isGranted()) {
            return true;
        }
        String me = TenantContext.principal().map(TenantPrincipal::actorId).orElse("");
        return isHead(unit, me) || unit.members().stream().anyMatch(m -> me.equals(m.subject()));
    }

    private OrgUnit readable(UUID unitId) {
        Access.AGENCY_STAFF.require();
        TenantContext.requireAgency();
        OrgUnit unit = units.list().stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> new InvalidConfigurationException("unit", "catalog.error.not-found"));
        if (!mayRead(unit)) {
            throw new AccessDeniedToTenantException("not a person of unit " + unitId);
        }
        return unit;
    }

    private Optional<FeedbackReportEntity> stored(UUID unitId, Quarter quarter) {
        return reports.findByUnitIdAndYearAndQuarter(unitId, quarter.year(), quarter.number());
    }

    private static void check(FeedbackReportEntity report, long version) {
        if (report.getId() != null && report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(FeedbackReportEntity.class, report.getId());
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedToTenantException("not allowed now");
        }
    }

    private static String actorName() {
        return TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
    }
}
