package ru.perechen.admin;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.audit.AuditLog;
import ru.perechen.audit.PlatformAuditLog;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * The platform admin assigns regional coordinators and takes them off again: the assignment in the
 * database, the role {@code regional-coordinator} and the attribute {@code region} in the identity provider.
 * One transaction per action, the identity provider called last inside it: if it refuses, nothing is stored;
 * if the commit fails after it agreed, its change is undone at once (best effort — unlike the creation of an
 * agency there is no journal: a process dying in that instant leaves a role the next assignment or
 * revocation of the login sets right).
 */
@Service
public class RegionCoordinatorService {

    private static final Logger log = LoggerFactory.getLogger(RegionCoordinatorService.class);
    static final String USERNAME = "[a-z0-9._-]{3,60}";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final AgencyDirectory directory;
    private final CoordinatorAssignments assignments;
    private final IdentityProvisioner identity;
    private final PlatformAuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RegionCoordinatorService(AgencyDirectory directory, CoordinatorAssignments assignments, IdentityProvisioner identity,
                             PlatformAuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.assignments = assignments;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The region's coordinators now, by name. */
    public List<RegionCoordinator> coordinators(String regionCode) {
        Access.PLATFORM.require();
        RegionSummary region = region(regionCode);
        return transaction.execute(status -> assignments.active(region.id()));
    }

    /**
     * Makes the login a coordinator of the region, creating their account if there is none.
     *
     * @return the assignment, and the created account's one-time password (null for an existing account)
     */
    public AssignedCoordinator assignCoordinator(String regionCode, String username, String displayName, String email) {
        Access.PLATFORM.require();
        Checked c = checked(regionCode, username, displayName, email);
        IdentityProvisioner.CoordinatorAccount[] granted = new IdentityProvisioner.CoordinatorAccount[1];
        try {
            RegionCoordinator stored = transaction.execute(status -> {
                RegionCoordinator row = store(c);
                String[] names = c.names();
                granted[0] = identity.grantCoordinator(new IdentityProvisioner.CoordinatorIdentity(c.username(), names[1], names[0],
                        c.email(), c.region().code()));
                return row;
            });
            return new AssignedCoordinator(stored, granted[0].temporaryPassword());
        } catch (RuntimeException failed) {
            if (granted[0] != null) {
                undoGrant(granted[0], c.region().code());
            }
            throw failed;
        }
    }

    /** Takes the coordinator off their region: the assignment stays, dated; the account loses the role and the region. */
    public void revokeCoordinator(UUID id) {
        Access.PLATFORM.require();
        RegionCoordinator[] revoked = new RegionCoordinator[1];
        try {
            transaction.executeWithoutResult(status -> {
                RegionCoordinator c = assignments.activeForUpdate(id)
                        .orElseThrow(() -> new InvalidSettingException("coordinator", "region.error.coordinator-not-found"));
                assignments.revoke(id, clock.instant(), actor());
                audit.record("RegionCoordinator", id.toString(), "REVOKED", summary(c.username(), c.displayName(), c.regionCode()),
                        Map.of("region", c.regionCode(), "username", c.username()));
                identity.revokeCoordinator(c.username(), c.regionCode());
                revoked[0] = c;
            });
        } catch (RuntimeException failed) {
            if (revoked[0] != null) {
                undoRevoke(revoked[0]);
            }
            throw failed;
        }
    }

    /**
     * Demo data only: records a coordinator the identity provider already has (the realm's demo users), without
     * calling it. Idempotent: an assignment in force is left as it is.
     */
    void recordExisting(String regionCode, String username, String displayName, String email) {
        TenantContext.callAsSystem(() -> transaction.execute(status -> {
            Checked c = checked(regionCode, username, displayName, email);
            if (assignments.activeOf(c.username()).isEmpty()) {
                store(c);
            }
            return null;
        }));
    }

    private RegionCoordinator store(Checked c) {
        assignments.activeOf(c.username()).stream().findFirst().ifPresent(existing -> {
            // the attribute region holds one code: a login coordinates one region at most
            throw existing.region().equals(c.region().id())
                    ? new InvalidSettingException("username", "region.error.coordinator-assigned", c.username())
                    : new InvalidSettingException("username", "region.error.coordinator-other-region", c.username(), existing.regionCode());
        });
        RegionCoordinator row;
        try {
            row = assignments.insert(c.region().id(), c.username(), c.displayName(), c.email(), clock.instant(), actor());
        } catch (DuplicateKeyException twice) {
            throw new InvalidSettingException("username", "region.error.coordinator-assigned", c.username());
        }
        audit.record("RegionCoordinator", row.id().toString(), "ASSIGNED", summary(c.username(), c.displayName(), c.region().code()),
                Map.of("region", c.region().code(), "username", c.username(), "email", c.email()));
        return row;
    }

    private Checked checked(String regionCode, String username, String displayName, String email) {
        RegionSummary region = region(regionCode);
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!login.matches(USERNAME)) {
            throw new InvalidSettingException("username", "region.error.coordinator-username");
        }
        String name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        if (name.length() > 300 || name.split(" ").length < 2) {
            throw new InvalidSettingException("displayName", "region.error.coordinator-name");
        }
        String mail = email == null ? "" : email.strip();
        if (mail.length() > 320 || !mail.matches(EMAIL)) {
            throw new InvalidSettingException("email", "region.error.coordinator-email");
        }
        return new Checked(region, login, name, mail);
    }

    private RegionSummary region(String code) {
        return directory.findRegionByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new InvalidSettingException("region", "region.error.not-found"));
    }

    private void undoGrant(IdentityProvisioner.CoordinatorAccount granted, String regionCode) {
        try {
            if (granted.created()) {
                identity.removeAccount(granted.subject());
            } else if (!granted.wasCoordinator()) {
                identity.revokeCoordinator(granted.username(), regionCode);
            }
        } catch (RuntimeException failed) {
            log.warn("The assignment of {} to region {} was not stored; undoing it in Keycloak failed too", granted.username(),
                    regionCode, failed);
        }
    }

    private void undoRevoke(RegionCoordinator c) {
        try {
            String[] names = Checked.names(c.displayName());
            identity.grantCoordinator(new IdentityProvisioner.CoordinatorIdentity(c.username(), names[1], names[0], c.email(),
                    c.regionCode()));
        } catch (RuntimeException failed) {
            log.warn("Revoking {} in region {} was not stored; restoring the role in Keycloak failed too", c.username(),
                    c.regionCode(), failed);
        }
    }

    private static String summary(String username, String displayName, String regionCode) {
        return username + " — " + displayName + " (" + regionCode + ")";
    }

    private static String actor() {
        return TenantContext.principal().map(TenantPrincipal::actorName).orElse(AuditLog.SYSTEM);
    }

    /** The form's values as stored: the login in lower case, the name's spaces collapsed. */
    private record Checked(RegionSummary region, String username, String displayName, String email) {

        /** ФИО: the surname first, then the given name (and patronymic) — Keycloak's last and first name. */
        String[] names() {
            return names(displayName);
        }

        static String[] names(String displayName) {
            String[] words = displayName.strip().split("\\s+", 2);
            return new String[] {words[0], words.length > 1 ? words[1] : words[0]};
        }
    }

    /** @param temporaryPassword the created account's one-time password, shown once; null when the account existed */
    public record AssignedCoordinator(RegionCoordinator coordinator, String temporaryPassword) {
    }
}
