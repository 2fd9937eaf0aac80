package ru.perechen.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.workflow.internal.SubstituteEntity;
import ru.perechen.workflow.internal.SubstituteRepository;

/** Замещения: the tenant admin appoints who decides for an absent approver, for a period; revoked, never deleted. */
@Service
public class SubstitutionService {

    static final String ENTITY = "Substitution";
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final int REASON_MAX = 500;
    private static final int MAX_DAYS = 366;

    private final SubstituteRepository substitutes;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    SubstitutionService(SubstituteRepository substitutes, StaffDirectory staff, AuditLog audit, Clock clock) {
        this.substitutes = substitutes;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Substitution> list() {
        TenantContext.requireAgency();
        Map<UUID, StaffMember> people = people();
        return substitutes.findAllByOrderByValidFromDesc().stream().map(e -> toRecord(e, people)).toList();
    }

    /** The substitutions in force today. */
    @Transactional(readOnly = true)
    public List<Substitution> activeToday() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        return list().stream().filter(s -> s.activeOn(today)).toList();
    }

    @Transactional
    public Substitution appoint(UUID absentId, UUID substituteId, LocalDate from, LocalDate to, String reason) {
        requireAdmin();
        Map<UUID, StaffMember> people = people();
        if (absentId == null || !people.containsKey(absentId)) {
            throw new InvalidConfigurationException("absent", "substitution.error.absent-required");
        }
        if (substituteId == null || !people.containsKey(substituteId)) {
            throw new InvalidConfigurationException("substitute", "substitution.error.substitute-required");
        }
        if (absentId.equals(substituteId)) {
            throw new InvalidConfigurationException("substitute", "substitution.error.same-person");
        }
        if (from == null) {
            throw new InvalidConfigurationException("from", "substitution.error.from-required");
        }
        if (to == null || to.isBefore(from)) {
            throw new InvalidConfigurationException("to", "substitution.error.to-before-from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidConfigurationException("to", "substitution.error.too-long", MAX_DAYS);
        }
        String clean = reason == null || reason.isBlank() ? null : reason.strip();
        if (clean != null && clean.length() > REASON_MAX) {
            throw new InvalidConfigurationException("reason", "catalog.error.name-too-long", REASON_MAX);
        }
        SubstituteEntity saved = substitutes.saveAndFlush(new SubstituteEntity(absentId, substituteId, from, to, clean, actorName(),
                clock.instant()));
        Substitution created = toRecord(saved, people);
        audit.record(ENTITY, created.id(), "CREATED", created.substitute().displayName() + " за " + created.absent().displayName(),
                null, created);
        return created;
    }

    @Transactional
    public Substitution revoke(UUID id, long version) {
        requireAdmin();
        SubstituteEntity entity = substitutes.findById(id)
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (entity.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(SubstituteEntity.class, id);
        }
        Map<UUID, StaffMember> people = people();
        Substitution before = toRecord(entity, people);
        entity.revoke();
        Substitution after = toRecord(substitutes.saveAndFlush(entity), people);
        audit.record(ENTITY, id, "REVOKED", after.substitute().displayName() + " за " + after.absent().displayName(), before, after);
        return after;
    }

    private Map<UUID, StaffMember> people() {
        return staff.list().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    private static Substitution toRecord(SubstituteEntity e, Map<UUID, StaffMember> people) {
        return new Substitution(e.getId(), people.get(e.getAbsentId()), people.get(e.getSubstituteId()), e.getValidFrom(),
                e.getValidTo(), e.getReason(), e.getAppointedBy(), e.getAppointedAt(), e.isRevoked(), e.getVersion());
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
    }

    private static String actorName() {
        return TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
    }
}
