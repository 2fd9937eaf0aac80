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
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/** The agency's process groups (направления деятельности): kept by its tenant admin. */
@Service
public class ProcessGroupService {

    private static final int PRINT_TITLE_MAX = 500;

    private final OrderedCatalog<ProcessGroupEntity, ProcessGroup> catalog;

    ProcessGroupService(ProcessGroupRepository groups, AuditLog audit) {
        this.catalog = new OrderedCatalog<>(ProcessGroupEntity.class, groups, groups::findAllByOrderByPositionAsc,
                ProcessGroupEntity.NAME_MAX, ProcessGroupService::toRecord, ProcessGroup::id, audit, "ProcessGroup");
    }

    /** All groups in order, retired ones included (they stay readable in old versions). */
    @Transactional(readOnly = true)
    public List<ProcessGroup> list() {
        TenantContext.requireAgency();
        return catalog.list();
    }

    @Transactional
    public ProcessGroup create(ProcessGroupDraft draft) {
        requireAdmin();
        ProcessGroupEntity entity = new ProcessGroupEntity();
        apply(entity, draft);
        return catalog.create(entity);
    }

    @Transactional
    public ProcessGroup update(UUID id, long version, ProcessGroupDraft draft) {
        requireAdmin();
        return catalog.update(id, version, entity -> apply(entity, draft));
    }

    @Transactional
    public void move(UUID id, long version, int delta) {
        requireAdmin();
        catalog.move(id, version, delta);
    }

    /** Retires a group: it leaves the numbering but stays readable; never deleted. */
    @Transactional
    public ProcessGroup retire(UUID id, long version) {
        requireAdmin();
        return catalog.setRetired(id, version, true);
    }

    @Transactional
    public ProcessGroup restore(UUID id, long version) {
        requireAdmin();
        return catalog.setRetired(id, version, false);
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
            catalog.create(entity);
        }
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

    private static void requireAdmin() {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
    }

    private static ProcessGroup toRecord(ProcessGroupEntity e, Map<UUID, Integer> numbers) {
        return new ProcessGroup(e.getId(), e.isRetired() ? null : numbers.get(e.getId()), e.getName(), e.getPrintTitle(),
                e.getCatalogueCode(), e.isInternalClient(), e.isRetired(), e.getVersion());
    }
}
