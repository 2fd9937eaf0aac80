package ru.perechen.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.proxy.HibernateProxy;

/**
 * Base of every entity that belongs to one agency. Hibernate fills {@code agency_id} from the
 * current tenant on insert and adds it to every query; row-level security checks it again.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.TIME)
    private UUID id;

    @TenantId
    @Column(name = "agency_id", nullable = false, updatable = false)
    private UUID agencyId;

    @Version
    private long version;

    public UUID getId() {
        return id;
    }

    public AgencyId getAgencyId() {
        return agencyId == null ? null : new AgencyId(agencyId);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || effectiveClass(this) != effectiveClass(other)) {
            return false;
        }
        UUID otherId = ((TenantOwnedEntity) other).getId();
        return id != null && id.equals(otherId);
    }

    @Override
    public final int hashCode() {
        return effectiveClass(this).hashCode();
    }

    private static Class<?> effectiveClass(Object entity) {
        return entity instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : entity.getClass();
    }
}
