package ru.perechen.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.internal.ClientNeedEntity;
import ru.perechen.catalog.internal.ClientNeedRepository;
import ru.perechen.catalog.internal.OrderedCatalog;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/** The agency's client needs (удовлетворяемые потребности): ordered, renamed, retired — never deleted. */
@Service
public class ClientNeedService {

    private final OrderedCatalog<ClientNeedEntity, ClientNeed> catalog;

    private final org.springframework.context.ApplicationEventPublisher events;

    ClientNeedService(ClientNeedRepository needs, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.catalog = new OrderedCatalog<>(ClientNeedEntity.class, needs, needs::findAllByOrderByPositionAsc,
                ClientNeedEntity.NAME_MAX, ClientNeedService::toRecord, ClientNeed::id, audit, "ClientNeed");
    }

    @Transactional(readOnly = true)
    public List<ClientNeed> list() {
        TenantContext.requireAgency();
        return catalog.list();
    }

    @Transactional
    public ClientNeed create(String name) {
        requireAdmin();
        ClientNeedEntity entity = new ClientNeedEntity();
        entity.setName(catalog.validName(name, null));
        return catalog.create(entity);
    }

    @Transactional
    public ClientNeed rename(UUID id, long version, String name) {
        requireAdmin();
        return catalog.update(id, version, entity -> entity.setName(catalog.validName(name, id)));
    }

    @Transactional
    public void move(UUID id, long version, int delta) {
        requireAdmin();
        catalog.move(id, version, delta);
    }

    @Transactional
    public ClientNeed retire(UUID id, long version) {
        requireAdmin();
        ClientNeed retired = catalog.setRetired(id, version, true);
        events.publishEvent(new CatalogChanged.NeedRetired(retired.id(), retired.name()));
        return retired;
    }

    @Transactional
    public ClientNeed restore(UUID id, long version) {
        requireAdmin();
        return catalog.setRetired(id, version, false);
    }

    /** Preset: fills an agency that has no needs yet with a starting set. */
    @Transactional
    public void applyNeedSet(NeedSet set) {
        requireAdmin();
        if (catalog.all().isEmpty()) {
            set.needs().forEach(this::create);
        }
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
    }

    private static ClientNeed toRecord(ClientNeedEntity e, Map<UUID, Integer> numbers) {
        return new ClientNeed(e.getId(), e.isRetired() ? null : numbers.get(e.getId()), e.getName(), e.isRetired(),
                e.getVersion());
    }
}
