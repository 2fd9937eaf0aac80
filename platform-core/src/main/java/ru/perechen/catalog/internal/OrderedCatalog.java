package ru.perechen.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.InvalidConfigurationException;

/**
 * What every ordered catalogue (process groups, client needs) does the same way: names are required,
 * bounded and unique within the agency (retired entries included, so a retired name is restored
 * rather than duplicated); active entries are numbered 1…n in their order; entries move up and down,
 * are retired and restored, never deleted; a stale version is refused; every change is audited.
 * Callers run inside their own transaction and check permissions first.
 *
 * @param <E> the entity
 * @param <R> the record the service hands out
 */
public final class OrderedCatalog<E extends OrderedEntity, R> {

    private final Class<E> type;
    private final JpaRepository<E, UUID> repository;
    private final Supplier<List<E>> allInOrder;
    private final int nameMax;
    private final BiFunction<E, Map<UUID, Integer>, R> toRecord;
    private final Function<R, UUID> idOf;
    private final AuditLog audit;
    private final String auditType;

    public OrderedCatalog(Class<E> type, JpaRepository<E, UUID> repository, Supplier<List<E>> allInOrder, int nameMax,
                          BiFunction<E, Map<UUID, Integer>, R> toRecord, Function<R, UUID> idOf, AuditLog audit,
                          String auditType) {
        this.type = type;
        this.repository = repository;
        this.allInOrder = allInOrder;
        this.nameMax = nameMax;
        this.toRecord = toRecord;
        this.idOf = idOf;
        this.audit = audit;
        this.auditType = auditType;
    }

    public List<E> all() {
        return allInOrder.get();
    }

    public List<R> list() {
        Map<UUID, Integer> numbers = numbers();
        return all().stream().map(e -> toRecord.apply(e, numbers)).toList();
    }

    /** Stores a new entry (its fields already set) at the end and audits it. */
    public R create(E entity) {
        entity.setPosition(nextPosition());
        R created = saved(entity);
        audit.record(auditType, idOf.apply(created), "CREATED", entity.getName(), null, created);
        return created;
    }

    /** Applies a change to the entry at this version and audits before and after. */
    public R update(UUID id, long version, java.util.function.Consumer<E> change) {
        E entity = current(id, version);
        R before = toRecord.apply(entity, numbers());
        change.accept(entity);
        R after = saved(entity);
        audit.record(auditType, id, "UPDATED", entity.getName(), before, after);
        return after;
    }

    /** Moves an active entry one place up (delta -1) or down (+1) among the active ones. */
    public void move(UUID id, long version, int delta) {
        E entity = current(id, version);
        R before = toRecord.apply(entity, numbers());
        List<E> active = all().stream().filter(e -> !e.isRetired()).toList();
        int index = active.indexOf(entity);
        int target = index + Integer.signum(delta);
        if (index < 0 || target < 0 || target >= active.size()) {
            return;
        }
        E neighbour = active.get(target);
        int position = entity.getPosition();
        entity.setPosition(neighbour.getPosition());
        neighbour.setPosition(position);
        repository.flush();
        audit.record(auditType, id, delta < 0 ? "MOVED_UP" : "MOVED_DOWN", entity.getName(), before,
                toRecord.apply(entity, numbers()));
    }

    /** Retires an entry (it leaves the numbering, stays readable) or restores it at the end. */
    public R setRetired(UUID id, long version, boolean retired) {
        E entity = current(id, version);
        R before = toRecord.apply(entity, numbers());
        if (!retired) {
            entity.setPosition(nextPosition());
        }
        entity.setRetired(retired);
        R after = saved(entity);
        audit.record(auditType, id, retired ? "RETIRED" : "RESTORED", entity.getName(), before, after);
        return after;
    }

    /** The trimmed name, or the reason it is refused. */
    public String validName(String raw, UUID self) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new InvalidConfigurationException("name", "catalog.error.name-required");
        }
        if (name.length() > nameMax) {
            throw new InvalidConfigurationException("name", "catalog.error.name-too-long", nameMax);
        }
        String key = name.toLowerCase(Locale.ROOT);
        for (E other : all()) {
            if (!Objects.equals(other.getId(), self) && other.getName().toLowerCase(Locale.ROOT).equals(key)) {
                throw new InvalidConfigurationException("name",
                        other.isRetired() ? "catalog.error.name-duplicate-retired" : "catalog.error.name-duplicate", name);
            }
        }
        return name;
    }

    private E current(UUID id, long version) {
        E entity = all().stream().filter(e -> e.getId().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
        return entity;
    }

    private R saved(E entity) {
        return toRecord.apply(repository.saveAndFlush(entity), numbers());
    }

    private int nextPosition() {
        return all().stream().mapToInt(OrderedEntity::getPosition).max().orElse(0) + 1;
    }

    private Map<UUID, Integer> numbers() {
        Map<UUID, Integer> numbers = new HashMap<>();
        int next = 1;
        for (E e : all()) {
            if (!e.isRetired()) {
                numbers.put(e.getId(), next++);
            }
        }
        return numbers;
    }
}
