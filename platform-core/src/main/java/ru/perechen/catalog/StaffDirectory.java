package ru.perechen.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.catalog.internal.StaffMemberEntity;
import ru.perechen.catalog.internal.StaffMemberRepository;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

/**
 * The people of the current agency that units can name as heads, supervising deputies and members.
 * Keycloak is the source: a person appears here when they sign in (or when a preset names them),
 * and their name follows Keycloak at every sign-in.
 */
@Service
public class StaffDirectory {

    private final StaffMemberRepository staff;

    private final ru.perechen.audit.AuditLog audit;
    private final java.time.Clock clock;

    StaffDirectory(StaffMemberRepository staff, ru.perechen.audit.AuditLog audit, java.time.Clock clock) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> list() {
        TenantContext.requireAgency();
        return staff.findAllByOrderByDisplayNameAsc().stream().map(StaffDirectory::toRecord).toList();
    }

    /** Records (or refreshes) a person of the current agency as the identity provider names them. */
    @Transactional
    public StaffMember recordSignIn(String subject, String displayName, String email, Set<Role> roles) {
        TenantContext.requireAgency();
        StaffMemberEntity entity = staff.findBySubject(subject).orElseGet(StaffMemberEntity::new);
        entity.setSubject(subject);
        entity.setDisplayName(displayName == null || displayName.isBlank() ? subject : displayName.strip());
        entity.setEmail(email);
        entity.setRoles(roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        return toRecord(staff.saveAndFlush(entity));
    }

    /**
     * As {@link #recordSignIn}, for a sign-in through the identity provider: an administrator's or a
     * client-centricity deputy's sign-in is written to the agency's audit log.
     */
    @Transactional
    public StaffMember recordLogin(String subject, String username, String displayName, String email, Set<Role> roles) {
        StaffMember member = recordSignIn(subject, displayName, email, roles);
        staff.findById(member.id()).ifPresent(entity -> {
            entity.setUsername(username);
            entity.setLastSignInAt(clock.instant());
        });
        if (roles.contains(Role.TENANT_ADMIN) || roles.contains(Role.CC_DEPUTY)) {
            audit.recordAs(subject, member.displayName(), "StaffMember", member.id(), "SIGNED_IN", member.displayName());
        }
        return member;
    }

    /** Each person's login and last sign-in through the identity provider (null for those who have not signed in), and state. */
    @Transactional(readOnly = true)
    public java.util.Map<java.util.UUID, Standing> standings() {
        TenantContext.requireAgency();
        java.util.Map<java.util.UUID, Standing> result = new java.util.HashMap<>();
        staff.findAll().forEach(e -> result.put(e.getId(), new Standing(e.getUsername(), e.getLastSignInAt(), e.isDisabled())));
        return result;
    }

    /** The login a person last signed in with, when (both null before their first sign-in), and whether they are disabled. */
    public record Standing(String username, java.time.Instant lastSignIn, boolean disabled) {
    }

    /** Whether the person signing in with this subject has been disabled in the current agency (unknown: not disabled). */
    @Transactional(readOnly = true)
    public boolean isDisabled(String subject) {
        TenantContext.requireAgency();
        return staff.findBySubject(subject).map(StaffMemberEntity::isDisabled).orElse(false);
    }

    /**
     * Disables or re-enables a person of the agency, audited; returns their identity provider subject. The caller
     * checks who may (the tenant admin, not on themselves) and disables the account in the identity provider.
     */
    @Transactional
    public String setDisabled(java.util.UUID id, boolean disabled) {
        TenantContext.requireAgency();
        StaffMemberEntity entity = staff.findById(id)
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (entity.isDisabled() != disabled) {
            entity.setDisabled(disabled);
            audit.record("StaffMember", entity.getId(), disabled ? "DISABLED" : "ENABLED", entity.getDisplayName(),
                    java.util.Map.of("disabled", !disabled), java.util.Map.of("disabled", disabled));
        }
        return entity.getSubject();
    }

    /** The people who had the role at their last sign-in, by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> holdersOf(Role role) {
        return list().stream().filter(m -> m.roles().contains(role)).toList();
    }

    static StaffMember toRecord(StaffMemberEntity e) {
        Set<Role> roles = Arrays.stream(e.getRoles().split(",")).filter(r -> !r.isBlank())
                .map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
        return new StaffMember(e.getId(), e.getSubject(), e.getDisplayName(), e.getEmail(), roles);
    }
}
