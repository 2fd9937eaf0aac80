package ru.perechen.tenancy.internal;

import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.TenantContext;

/** First lock: Hibernate's tenant is the agency of the authenticated principal (or none). */
class CurrentTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return TenantContext.currentAgency().map(AgencyId::value).orElse(TenantContext.NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
