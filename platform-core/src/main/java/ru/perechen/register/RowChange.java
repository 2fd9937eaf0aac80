package ru.perechen.register;

import java.util.UUID;

/** One change of the list: a row added, a row modified, or a row excluded. */
public sealed interface RowChange {

    /** The row (its stable key across versions) the change is about. */
    UUID entryKey();

    /** @param entryKey the key the new row will have */
    record Add(UUID entryKey, RowContent content) implements RowChange {
    }

    /** @param baseRevisionId the revision of the row the change was drafted against */
    record Modify(UUID entryKey, UUID baseRevisionId, RowContent content) implements RowChange {
    }

    record Exclude(UUID entryKey, UUID baseRevisionId) implements RowChange {
    }
}
