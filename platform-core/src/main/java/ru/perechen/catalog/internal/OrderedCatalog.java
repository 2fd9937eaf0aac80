package ru.perechen.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import ru.perechen.catalog.InvalidConfigurationException;

/**
 * The rules every ordered catalogue shares: names are required, bounded and unique within the agency
 * (retired entries included, so a retired name is restored rather than duplicated); active entries
 * are numbered 1…n in their order; a stale version is refused.
 */
public final class OrderedCatalog<E extends OrderedEntity> {

    private final Class<E> type;
    private final Supplier<List<E>> allInOrder;
    private final int nameMax;

    public OrderedCatalog(Class<E> type, Supplier<List<E>> allInOrder, int nameMax) {
        this.type = type;
        this.allInOrder = allInOrder;
        this.nameMax = nameMax;
    }

    public List<E> all() {
        return allInOrder.get();
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

    /** The entry with this id at this version; someone else's newer change is refused. */
    public E current(UUID id, long version) {
        E entity = all().stream().filter(e -> e.getId().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidConfigurationException("id", "catalog.error.not-found"));
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
        return entity;
    }

    public int nextPosition() {
        return all().stream().mapToInt(OrderedEntity::getPosition).max().orElse(0) + 1;
    }

    /** Moves an active entry one place up (delta -1) or down (+1) among the active ones. */
    public void move(E entity, int delta) {
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
    }

    /** Numbers 1…n of the active entries, in order. */
    public Map<UUID, Integer> numbers() {
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
