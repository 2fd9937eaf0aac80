package ru.perechen.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.internal.OrderedCatalog;
import ru.perechen.catalog.internal.ProcessGroupEntity;
import ru.perechen.catalog.internal.ProcessGroupRepository;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;

/** The agency's process groups (направления деятельности): kept by its tenant admin. */
@Service
public class ProcessGroupService {

    static final String ENTITY = "ProcessGroup";
    private static final int PRINT_TITLE_MAX = 500;

    private final ProcessGroupRepository groups;
    private final OrderedCatalog<ProcessGroupEntity> catalog;
    private final AuditLog audit;

    ProcessGroupService(ProcessGroupRepository groups, AuditLog audit) {
        this.groups = groups;
        this.audit = audit;
        this.catalog = new OrderedCatalog<>(ProcessGroupEntity.class, groups::findAllByOrderByPositionAsc,
                ProcessGroupEntity.NAME_MAX);
    }

    /** All groups in order, retired ones included (they stay readable in old versions). */
    @Transactional(readOnly = true)
    public List<ProcessGroup> list() {
        TenantContext.requireAgency();
        Map<UUID, Integer> numbers = catalog.numbers();
        return catalog.all().stream().map(e -> toRecord(e, numbers)).toList();
    }

    @Transactional
    public ProcessGroup create(ProcessGroupDraft draft) {
        requireAdmin();
        ProcessGroupEntity entity = new ProcessGroupEntity();
        apply(entity, draft);
        entity.setPosition(catalog.nextPosition());
        ProcessGroup created = saved(entity);
        audit.record(ENTITY, created.id(), "CREATED", created.name(), null, created);
        return created;
    }

    @Transactional
    public ProcessGroup update(UUID id, long version, ProcessGroupDraft draft) {
        requireAdmin();
        ProcessGroupEntity entity = catalog.current(id, version);
        ProcessGroup before = toRecord(entity, catalog.numbers());
        apply(entity, draft);
        ProcessGroup after = saved(entity);
        audit.record(ENTITY, id, "UPDATED", after.name(), before, after);
        return after;
    }

    @Transactional
    public void move(UUID id, long version, int delta) {
        requireAdmin();
        ProcessGroupEntity entity = catalog.current(id, version);
        ProcessGroup before = toRecord(entity, catalog.numbers());
        catalog.move(entity, delta);
        groups.flush();
        audit.record(ENTITY, id, delta < 0 ? "MOVED_UP" : "MOVED_DOWN", entity.getName(), before,
                toRecord(entity, catalog.numbers()));
    }

    /** Retires a group: it leaves the numbering but stays readable; never deleted. */
    @Transactional
    public ProcessGroup retire(UUID id, long version) {
        return setRetired(id, version, true);
    }

    @Transactional
    public ProcessGroup restore(UUID id, long version) {
        return setRetired(id, version, false);
    }

    /** Preset: fills an agency that has no groups yet with entries of the default catalogue. */
    @Transactional
    public void applyCatalogue(List<DefaultProcessGroup> entries) {
        requireAdmin();
        if (!catalog.all().isEmpty()) {
            return;
        }
        for (DefaultProcessGroup entry : entries) {
            ProcessGroupEntity entity = new ProcessGroupEntity();
            apply(entity, new ProcessGroupDraft(entry.title(), null, entry.internalClient()));
            entity.setCatalogueCode(entry.name());
            entity.setPosition(catalog.nextPosition());
            ProcessGroup created = saved(entity);
            audit.record(ENTITY, created.id(), "CREATED", created.name(), null, created);
        }
    }

    private ProcessGroup setRetired(UUID id, long version, boolean retired) {
        requireAdmin();
        ProcessGroupEntity entity = catalog.current(id, version);
        ProcessGroup before = toRecord(entity, catalog.numbers());
        if (!retired) {
            entity.setPosition(catalog.nextPosition());
        }
        entity.setRetired(retired);
        ProcessGroup after = saved(entity);
        audit.record(ENTITY, id, retired ? "RETIRED" : "RESTORED", after.name(), before, after);
        return after;
    }

    private void apply(ProcessGroupEntity entity, ProcessGroupDraft draft) {
        entity.setName(catalog.validName(draft.name(), entity.getId()));
        String printTitle = draft.printTitle() == null ? null : draft.printTitle().strip();
        if (printTitle != null && printTitle.length() > PRINT_TITLE_MAX) {
            throw new InvalidConfigurationException("printTitle", "catalog.error.name-too-long", PRINT_TITLE_MAX);
        }
        entity.setPrintTitle(printTitle == null || printTitle.isEmpty() ? null : printTitle);
        entity.setInternalClient(draft.internalClient());
    }

    private ProcessGroup saved(ProcessGroupEntity entity) {
        ProcessGroupEntity stored = groups.saveAndFlush(entity);
        return toRecord(stored, catalog.numbers());
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        TenantContext.requireAnyRole(Role.TENANT_ADMIN);
    }

    private static ProcessGroup toRecord(ProcessGroupEntity e, Map<UUID, Integer> numbers) {
        return new ProcessGroup(e.getId(), e.isRetired() ? null : numbers.get(e.getId()), e.getName(), e.getPrintTitle(),
                e.getCatalogueCode(), e.isInternalClient(), e.isRetired(), e.getVersion());
    }
}
