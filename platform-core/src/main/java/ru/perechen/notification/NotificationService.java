package ru.perechen.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import ru.perechen.feedback.FeedbackReportEvent;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.notification.internal.NotificationEntity;
import ru.perechen.notification.internal.NotificationPreferenceEntity;
import ru.perechen.notification.internal.NotificationPreferenceRepository;
import ru.perechen.notification.internal.NotificationRepository;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.ChangeStatus;
import ru.perechen.workflow.WorkflowEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-app inbox and the e-mail outbox. Workflow events become notifications in the transaction
 * that caused them; a scheduled sender on one node mails what is not mailed yet — at once, or in the
 * person's daily digest, and never a kind the person turned off. Without an SMTP server configured
 * the mail is written to the log. The schedule is {@code NotificationOutboxJob}'s, a bean of its own.
 */
@Service
public class NotificationService {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> PARAMS = new TypeReference<>() { };

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final StaffDirectory staff;
    private final OrgUnitService units;
    private final AgencyDirectory directory;
    private final Mail mail;
    private final ObjectProvider<NotificationRenderer> renderer;
    private final Clock clock;
    private final String appUrl;

    @SuppressWarnings("java:S107")
    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences, StaffDirectory staff,
                        OrgUnitService units, AgencyDirectory directory, Mail mail,
                        ObjectProvider<NotificationRenderer> renderer, Clock clock,
                        @Value("${perechen.app-url:http://localhost:8080}") String appUrl) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.staff = staff;
        this.units = units;
        this.directory = directory;
        this.mail = mail;
        this.renderer = renderer;
        this.clock = clock;
        this.appUrl = appUrl;
    }

    @EventListener
    void on(WorkflowEvent event) {
        switch (event) {
            case WorkflowEvent.AwaitingDecision a -> a.subjects().forEach(s -> create(s, NotificationKind.APPROVAL_AWAITING,
                    List.of(String.valueOf(a.number()), a.title(), String.valueOf(a.step())), "requests/" + a.number()));
            case WorkflowEvent.StepDueSoon d -> d.subjects().forEach(s -> create(s, NotificationKind.STEP_DUE_SOON,
                    List.of(String.valueOf(d.number()), d.title(), String.valueOf(d.step()), d.dueOn()), "requests/" + d.number()));
            case WorkflowEvent.RequestDecided d -> {
                NotificationKind kind = d.status() == ChangeStatus.RETURNED ? NotificationKind.REQUEST_RETURNED
                        : d.status() == ChangeStatus.REJECTED ? NotificationKind.REQUEST_REJECTED : NotificationKind.REQUEST_ENACTED;
                create(d.initiatorSubject(), kind, List.of(String.valueOf(d.number()), d.title(), d.comment() == null ? "" : d.comment()),
                        "requests/" + d.number());
            }
            case WorkflowEvent.ReviewTaskOpened t -> recipientsOf(t.unitId()).forEach(s -> create(s, NotificationKind.REVIEW_TASK,
                    List.of(t.reason().name(), t.subject()), "review"));
            case WorkflowEvent.PublicationDueSoon p -> responsible().forEach(s -> create(s, NotificationKind.DEADLINE_DUE_SOON,
                    List.of(String.valueOf(p.versionNumber()), p.dueOn()), "publications"));
        }
    }

    /** Act 004 §10: the units' reports — to sign, given back, signed (to the responsible unit), due soon. */
    @EventListener
    void on(FeedbackReportEvent event) {
        String period = DATE.format(event.quarter().firstDay()) + " – " + DATE.format(event.quarter().lastDay());
        String link = "feedback/reports/" + event.unitId() + "/" + event.quarter();
        switch (event) {
            case FeedbackReportEvent.ToSign t -> t.subjects().forEach(s -> create(s, NotificationKind.REPORT_TO_SIGN,
                    List.of(t.unitName(), period), link));
            case FeedbackReportEvent.Returned r -> {
                if (r.subject() != null) {
                    create(r.subject(), NotificationKind.REPORT_RETURNED, List.of(r.unitName(), period, r.comment()), link);
                }
            }
            case FeedbackReportEvent.Signed s -> responsible().forEach(p -> create(p, NotificationKind.REPORT_SIGNED,
                    List.of(s.unitName(), period), link));
            case FeedbackReportEvent.Due d -> recipientsOf(d.unitId()).stream()
                    // one reminder a day, however often the check runs
                    .filter(s -> !notifications.existsByRecipientAndKindAndLinkAndCreatedAtAfter(s, NotificationKind.REPORT_DUE, link,
                            clock.instant().minus(java.time.Duration.ofHours(20))))
                    .forEach(s -> create(s, NotificationKind.REPORT_DUE, List.of(d.unitName(), period, d.dueOn()), link));
            case FeedbackReportEvent.Overdue o -> { }
        }
    }

    /** The signed-in person's newest notifications. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int limit) {
        return notifications.findByRecipientOrderByCreatedAtDesc(me(), PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).stream()
                .map(NotificationService::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return TenantContext.currentAgency().isEmpty() ? 0 : notifications.countByRecipientAndReadAtIsNull(me());
    }

    @Transactional
    public void markRead(UUID id) {
        NotificationEntity n = notifications.findById(id).filter(e -> e.getRecipient().equals(me()))
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        n.read(clock.instant());
    }

    @Transactional
    public void markAllRead() {
        notifications.findByRecipientAndReadAtIsNull(me()).forEach(n -> n.read(clock.instant()));
    }

    @Transactional(readOnly = true)
    public NotificationPreferences preferences() {
        return preferences.findBySubject(me()).map(NotificationService::toRecord)
                .orElse(new NotificationPreferences(EnumSet.noneOf(NotificationKind.class), false));
    }

    @Transactional
    public NotificationPreferences savePreferences(NotificationPreferences wanted) {
        String me = me();
        NotificationPreferenceEntity p = preferences.findBySubject(me).orElseGet(() -> new NotificationPreferenceEntity(me));
        p.setEmailOff(wanted.emailOff().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        p.setDigest(wanted.digest());
        return toRecord(preferences.saveAndFlush(p));
    }

    /**
     * Mails the current agency's outbox: each notification on its own, or — with {@code digests} —
     * one letter per digest reader with all of theirs. Returns how many letters were sent.
     */
    @Transactional
    public int sendPending(boolean digests) {
        TenantContext.requireAgency();
        List<NotificationEntity> pending = notifications.findByEmailedAtIsNullOrderByCreatedAt();
        if (pending.isEmpty()) {
            // the minute-by-minute run of every agency stops here almost always
            return 0;
        }
        Map<String, StaffMember> people = staff.list().stream().collect(Collectors.toMap(StaffMember::subject, Function.identity(),
                (a, b) -> a));
        Map<String, NotificationPreferences> prefs = preferences.findAll().stream()
                .collect(Collectors.toMap(NotificationPreferenceEntity::getSubject, NotificationService::toRecord));
        Map<String, List<NotificationEntity>> digest = new LinkedHashMap<>();
        int sent = 0;
        for (NotificationEntity n : pending) {
            NotificationPreferences p = prefs.getOrDefault(n.getRecipient(), new NotificationPreferences(Set.of(), false));
            StaffMember person = people.get(n.getRecipient());
            if (person == null || person.email() == null || person.email().isBlank() || p.emailOff().contains(n.getKind())) {
                n.emailed(clock.instant());
                continue;
            }
            if (p.digest()) {
                if (digests) {
                    digest.computeIfAbsent(n.getRecipient(), k -> new java.util.ArrayList<>()).add(n);
                }
                continue;
            }
            if (!digests && mail.send(person.email(), subject(toRecord(n)), text(toRecord(n)))) {
                n.emailed(clock.instant());
                sent++;
            }
        }
        for (Map.Entry<String, List<NotificationEntity>> e : digest.entrySet()) {
            String body = e.getValue().stream().map(n -> "• " + text(toRecord(n))).collect(Collectors.joining("\n\n"));
            if (mail.send(people.get(e.getKey()).email(), "Перечень: сводка уведомлений (" + e.getValue().size() + ")", body)) {
                e.getValue().forEach(n -> n.emailed(clock.instant()));
                sent++;
            }
        }
        return sent;
    }

    private String subject(Notification n) {
        return Optional.ofNullable(renderer.getIfAvailable()).map(r -> r.subject(n)).orElse("Перечень: " + n.kind().name());
    }

    private String text(Notification n) {
        String body = Optional.ofNullable(renderer.getIfAvailable()).map(r -> r.text(n)).orElse(n.kind().name() + " " + n.params());
        String slug = TenantContext.currentAgency().flatMap(directory::find).map(AgencySummary::slug).orElse("");
        return n.link() == null ? body : body + "\n" + appUrl + "/agency/" + slug + "/" + n.link();
    }

    private void create(String recipient, NotificationKind kind, List<String> params, String link) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        notifications.save(new NotificationEntity(recipient, kind, JSON.writeValueAsString(params), link, clock.instant()));
    }

    /** The head and the members of the unit; for the agency as a whole, its client-centricity deputies and admins. */
    private List<String> recipientsOf(UUID unitId) {
        if (unitId == null) {
            return responsible();
        }
        return units.list().stream().filter(u -> u.id().equals(unitId)).findFirst()
                .map(u -> java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(u.head()), u.members().stream())
                        .map(StaffMember::subject).distinct().toList())
                .orElse(List.of());
    }

    private List<String> responsible() {
        return java.util.stream.Stream.concat(staff.holdersOf(Role.CC_DEPUTY).stream(), staff.holdersOf(Role.TENANT_ADMIN).stream())
                .map(StaffMember::subject).distinct().toList();
    }

    private static String me() {
        TenantContext.requireAgency();
        return TenantContext.principal().map(TenantPrincipal::actorId).orElse("");
    }

    private static Notification toRecord(NotificationEntity e) {
        return new Notification(e.getId(), e.getKind(), JSON.readValue(e.getParams(), PARAMS), e.getLink(), e.getCreatedAt(),
                e.getReadAt(), e.getEmailedAt());
    }

    private static NotificationPreferences toRecord(NotificationPreferenceEntity e) {
        Set<NotificationKind> off = Arrays.stream(e.getEmailOff().split(",")).filter(s -> !s.isBlank())
                .map(NotificationKind::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(NotificationKind.class)));
        return new NotificationPreferences(off, e.isDigest());
    }
}
