package ru.perechen.tenancy.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;

/**
 * Second lock: at the start of every transaction, tells PostgreSQL which agency (and, for
 * read-only cross-agency work, which region) the transaction acts for. The settings are
 * transaction-local, so a pooled connection never carries a tenant to the next user.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

    TenantAwareTransactionManager(EntityManagerFactory emf) {
        super(emf);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        var region = TenantContext.currentRegionScope();
        if (region.isPresent() && !definition.isReadOnly()) {
            throw new IllegalStateException("Cross-agency (region scope) work must be read-only");
        }
        super.doBegin(transaction, definition);
        String agency = TenantContext.currentAgency().map(AgencyId::toString).orElse("");
        String regionId = region.map(RegionId::toString).orElse("");
        var holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        EntityManager em = holder.getEntityManager();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select set_config('app.agency_id', ?, true), set_config('app.region_id', ?, true)")) {
                statement.setString(1, agency);
                statement.setString(2, regionId);
                statement.execute();
            }
        });
    }
}
