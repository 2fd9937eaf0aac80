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
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

/** The agency's client needs (удовлетворяемые потребности): ordered, renamed, retired — never deleted. */
@Service
public class ClientNeedService {

    static final String ENTITY = "ClientNeed";

    private final ClientNeedRepository needs;
    private final OrderedCatalog<ClientNeedEntity> catalog;
    private final AuditLog audit;

    ClientNeedService(ClientNeedRepository needs, AuditLog audit) {
        this.needs = needs;
        this.audit = audit;
        this.catalog = new OrderedCatalog<>(ClientNeedEntity.class, needs::findAllByOrderByPositionAsc,
                ClientNeedEntity.NAME_MAX);
    }

    @Transactional(readOnly = true)
    public List<ClientNeed> list() {
        TenantContext.requireAgency();
        Map<UUID, Integer> numbers = catalog.numbers();
        return catalog.all().stream().map(e -> toRecord(e, numbers)).toList();
    }

    @Transactional
    public ClientNeed create(String name) {
        requireAdmin();
        ClientNeedEntity entity = new ClientNeedEntity();
        entity.setName(catalog.validName(name, null));
        entity.setPosition(catalog.nextPosition());
        ClientNeed created = saved(entity);
        audit.record(ENTITY, created.id(), "CREATED", created.name(), null, created);
        return created;
    }

    @Transactional
    public ClientNeed rename(UUID id, long version, String name) {
        requireAdmin();
        ClientNeedEntity entity = catalog.current(id, version);
        ClientNeed before = toRecord(entity, catalog.numbers());
        entity.setName(catalog.validName(name, id));
        ClientNeed after = saved(entity);
        audit.record(ENTITY, id, "UPDATED", after.name(), before, after);
        return after;
    }

    @Transactional
    public void move(UUID id, long version, int delta) {
        requireAdmin();
        ClientNeedEntity entity = catalog.current(id, version);
        ClientNeed before = toRecord(entity, catalog.numbers());
        catalog.move(entity, delta);
        needs.flush();
        audit.record(ENTITY, id, delta < 0 ? "MOVED_UP" : "MOVED_DOWN", entity.getName(), before,
                toRecord(entity, catalog.numbers()));
    }

    @Transactional
    public ClientNeed retire(UUID id, long version) {
        return setRetired(id, version, true);
    }

    @Transactional
    public ClientNeed restore(UUID id, long version) {
        return setRetired(id, version, false);
    }

    /** Preset: fills an agency that has no needs yet with a starting set. */
    @Transactional
    public void applyNeedSet(NeedSet set) {
        requireAdmin();
        if (!catalog.all().isEmpty()) {
            return;
        }
        set.needs().forEach(this::create);
    }

    private ClientNeed setRetired(UUID id, long version, boolean retired) {
        requireAdmin();
        ClientNeedEntity entity = catalog.current(id, version);
        ClientNeed before = toRecord(entity, catalog.numbers());
        if (!retired) {
            entity.setPosition(catalog.nextPosition());
        }
        entity.setRetired(retired);
        ClientNeed after = saved(entity);
        audit.record(ENTITY, id, retired ? "RETIRED" : "RESTORED", after.name(), before, after);
        return after;
    }

    private ClientNeed saved(ClientNeedEntity entity) {
        return toRecord(needs.saveAndFlush(entity), catalog.numbers());
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        TenantContext.requireAnyRole(Role.TENANT_ADMIN);
    }

    private static ClientNeed toRecord(ClientNeedEntity e, Map<UUID, Integer> numbers) {
        return new ClientNeed(e.getId(), e.isRetired() ? null : numbers.get(e.getId()), e.getName(), e.isRetired(),
                e.getVersion());
    }
}
