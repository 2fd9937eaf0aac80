package ru.perechen.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.admin.IdentityProvisioner.Provisioning;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.TenantContext;

/**
 * Keeps Keycloak and the database in agreement when creating an agency is interrupted between the
 * Keycloak calls and the commit (decision 32). An attempt is written down, in a transaction of its
 * own, before Keycloak is called; the agency's transaction holds the entry's row lock until it ends.
 * Settling an entry nobody holds either finds the agency stored (nothing to do) or removes what
 * Keycloak holds without it; then the entry goes. Entries are settled after every attempt, at the
 * next attempt at the same slug, and at every start.
 */
@Component
class ProvisioningJournal {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningJournal.class);

    private final JdbcClient jdbc;
    private final IdentityProvisioner identity;
    private final AgencyDirectory directory;
    private final TransactionTemplate separately;

    ProvisioningJournal(JdbcClient jdbc, IdentityProvisioner identity, AgencyDirectory directory,
                        PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.directory = directory;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Inside the agency's transaction, before Keycloak is called: settles what an earlier, interrupted
     * attempt at the slug left, writes this attempt down (committed at once) and holds it until the
     * agency's transaction ends.
     */
    Provisioning open(String slug, String adminUsername) {
        find(slug).ifPresent(this::settle);
        Provisioning opened = separately.execute(status -> jdbc.sql("""
                        insert into identity_provisioning (slug, admin_username, marker) values (?, ?, ?)
                        returning slug, admin_username, marker, started_at""")
                .params(slug, adminUsername, UUID.randomUUID()).query(ProvisioningJournal::provisioning).single());
        boolean held = jdbc.sql("select 1 from identity_provisioning where slug = ? and marker = ? for update")
                .params(slug, opened.marker()).query(Integer.class).optional().isPresent();
        if (!held) {
            // settled by another node's start in the instant between: nothing was provisioned
            throw new ProvisioningException("identity.error.interrupted", null);
        }
        return opened;
    }

    /**
     * After the agency's transaction (or at a start): if the attempt is not held by a live
     * transaction, makes Keycloak agree with the database and closes the entry. Never throws: an
     * entry that cannot be settled now (Keycloak unreachable) stays for the next start.
     *
     * @return whether the entry is closed
     */
    boolean settle(Provisioning attempt) {
        try {
            return Boolean.TRUE.equals(TenantContext.callAsSystem(() -> separately.execute(status -> {
                boolean free = jdbc.sql("select 1 from identity_provisioning where slug = ? and marker = ? for update skip locked")
                        .params(attempt.slug(), attempt.marker()).query(Integer.class).optional().isPresent();
                if (!free) {
                    return false;
                }
                if (directory.findBySlug(attempt.slug()).isEmpty()) {
                    log.warn("Creating the agency {} did not complete; removing what Keycloak holds of it", attempt.slug());
                    identity.removeProvisioned(attempt);
                }
                jdbc.sql("delete from identity_provisioning where slug = ? and marker = ?")
                        .params(attempt.slug(), attempt.marker()).update();
                return true;
            })));
        } catch (RuntimeException failed) {
            log.warn("Could not settle the interrupted creation of the agency {}; it is retried at the next start",
                    attempt.slug(), failed);
            return false;
        }
    }

    /** At every start: the attempts a process that died left behind. */
    @EventListener(ApplicationReadyEvent.class)
    void settleInterrupted() {
        List<Provisioning> left = TenantContext.callAsSystem(() -> separately.execute(status -> jdbc.sql(
                "select slug, admin_username, marker, started_at from identity_provisioning order by started_at")
                .query(ProvisioningJournal::provisioning).list()));
        left.forEach(this::settle);
    }

    private Optional<Provisioning> find(String slug) {
        return separately.execute(status -> jdbc.sql(
                        "select slug, admin_username, marker, started_at from identity_provisioning where slug = ?")
                .param(slug).query(ProvisioningJournal::provisioning).optional());
    }

    private static Provisioning provisioning(ResultSet rs, int row) throws SQLException {
        Instant started = rs.getObject("started_at", OffsetDateTime.class).toInstant();
        return new Provisioning(rs.getString("slug"), rs.getString("admin_username"), rs.getObject("marker", UUID.class), started);
    }
}
