package ru.perechen.register;

import java.util.Set;
import java.util.UUID;
import ru.perechen.catalog.ChannelKind;

/**
 * What a person narrows the list to; every part is optional.
 *
 * @param text       words to find in the process, touchpoint, needs, specifics and basis
 * @param entryKeys  only these rows (e.g. the rows a rule finding names)
 */
public record ListFilter(UUID unitId, UUID groupId, ChannelKind kind, UUID needId, String text, Set<UUID> entryKeys) {

    public static final ListFilter ALL = new ListFilter(null, null, null, null, null, null);

    public ListFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        entryKeys = entryKeys == null ? null : Set.copyOf(entryKeys);
    }
}
