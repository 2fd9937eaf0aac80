package ru.perechen.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.internal.TouchpointEntity;
import ru.perechen.catalog.internal.TouchpointRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * The agency's catalogue of touchpoints: each a concrete channel (a site, a phone line, a reception
 * desk) with its kind, address and hours. Retired, never deleted: earlier versions of the list name them.
 */
@Service
public class TouchpointService {

    private static final String ENTITY = "Touchpoint";
    private static final int ADDRESS_MAX = 1000;
    private static final int HOURS_MAX = 300;
    private static final int BASIS_MAX = 1000;

    private final TouchpointRepository touchpoints;
    private final AuditLog audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    TouchpointService(TouchpointRepository touchpoints, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.touchpoints = touchpoints;
        this.audit = audit;
        this.events = events;
    }

    /** Touchpoints in use first, then retired ones; by name. */
    @Transactional(readOnly = true)
    public List<Touchpoint> list() {
        TenantContext.requireAgency();
        return touchpoints.findAllByOrderByNameAsc().stream().map(TouchpointService::toRecord)
                .sorted(Comparator.comparing(Touchpoint::retired)).toList();
    }

    @Transactional
    public Touchpoint create(TouchpointDraft draft) {
        requireAdmin();
        TouchpointEntity entity = new TouchpointEntity();
        apply(entity, draft);
        Touchpoint created = toRecord(touchpoints.saveAndFlush(entity));
        audit.record(ENTITY, created.id(), "CREATED", created.name(), null, created);
        return created;
    }

    @Transactional
    public Touchpoint update(UUID id, long version, TouchpointDraft draft) {
        requireAdmin();
        TouchpointEntity entity = current(id, version);
        Touchpoint before = toRecord(entity);
        apply(entity, draft);
        Touchpoint after = toRecord(touchpoints.saveAndFlush(entity));
        audit.record(ENTITY, id, "UPDATED", after.name(), before, after);
        if (before.kind() != after.kind()) {
            events.publishEvent(new CatalogChanged.TouchpointKindChanged(id, after.name(), before.kind(), after.kind()));
        }
        return after;
    }

    @Transactional
    public Touchpoint retire(UUID id, long version) {
        return setRetired(id, version, true);
    }

    @Transactional
    public Touchpoint restore(UUID id, long version) {
        return setRetired(id, version, false);
    }

    /** Preset: fills an agency's catalogue that is still empty. */
    @Transactional
    public void applyPreset(List<TouchpointDraft> preset) {
        requireAdmin();
        if (touchpoints.count() == 0) {
            preset.forEach(this::create);
        }
    }

    private Touchpoint setRetired(UUID id, long version, boolean retired) {
        requireAdmin();
        TouchpointEntity entity = current(id, version);
        Touchpoint before = toRecord(entity);
        entity.setRetired(retired);
        Touchpoint after = toRecord(touchpoints.saveAndFlush(entity));
        audit.record(ENTITY, id, retired ? "RETIRED" : "RESTORED", after.name(), before, after);
        return after;
    }

    private void apply(TouchpointEntity entity, TouchpointDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidConfigurationException("name", "catalog.error.name-required");
        }
        if (name.length() > TouchpointEntity.NAME_MAX) {
            throw new InvalidConfigurationException("name", "catalog.error.name-too-long", TouchpointEntity.NAME_MAX);
        }
        String key = name.toLowerCase(Locale.ROOT);
        touchpoints.findAll().stream()
                .filter(t -> !t.getId().equals(entity.getId()) && t.getName().toLowerCase(Locale.ROOT).equals(key))
                .findFirst().ifPresent(t -> {
                    throw new InvalidConfigurationException("name",
                            t.isRetired() ? "catalog.error.name-duplicate-retired" : "catalog.error.name-duplicate", name);
                });
        if (draft.type() == null) {
            throw new InvalidConfigurationException("type", "touchpoint.error.type-required");
        }
        entity.setName(name);
        entity.setType(draft.type());
        entity.setKind(draft.kind() == null ? draft.type().usualKind() : draft.kind());
        entity.setAddress(validAddress(draft.type(), draft.address()));
        entity.setWorkingHours(bounded("workingHours", draft.workingHours(), HOURS_MAX));
        entity.setBasis(bounded("basis", draft.basis(), BASIS_MAX));
    }

    private static String validAddress(ChannelType type, String raw) {
        String address = bounded("address", raw, ADDRESS_MAX);
        if (address == null) {
            return null;
        }
        boolean valid = switch (type.address()) {
            case WEB -> Addresses.isWebAddress(address);
            case EMAIL -> Addresses.isEmail(address);
            case PHONE -> Addresses.isPhone(address);
            case ANY -> true;
        };
        if (!valid) {
            throw new InvalidConfigurationException("address", "touchpoint.error.address-" + type.address().name().toLowerCase(Locale.ROOT),
                    address);
        }
        return address;
    }

    private static String bounded(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > max) {
            throw new InvalidConfigurationException(field, "catalog.error.name-too-long", max);
        }
        return value;
    }

    private TouchpointEntity current(UUID id, long version) {
        TouchpointEntity entity = touchpoints.findById(id)
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(TouchpointEntity.class, id);
        }
        return entity;
    }

    private static void requireAdmin() {
        TenantContext.requireAgency();
        Access.ADMINISTRATION.require();
    }

    private static Touchpoint toRecord(TouchpointEntity e) {
        return new Touchpoint(e.getId(), e.getName(), e.getKind(), e.getType(), e.getAddress(), e.getWorkingHours(),
                e.getBasis(), e.isRetired(), e.getVersion());
    }
}
