package ru.perechen.register;

import java.util.List;

/**
 * Enactment refused: the list changed since the request was drafted in a way that conflicts with it.
 * Nothing was stored; the request has to be rebased on the current version.
 */
public class ListConflictException extends RuntimeException {

    private final transient List<Conflict> conflicts;

    public ListConflictException(List<Conflict> conflicts) {
        super("Conflicts with the current list: " + conflicts);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * @param description the row as a person reads it (process — touchpoint)
     * @param changedIn   the version that changed the row since, or null when the conflict is a duplicate
     */
    public record Conflict(Kind kind, String description, Integer changedIn) {
    }

    public enum Kind {
        /** The row was modified or excluded by a version enacted after the draft was made. */
        ROW_CHANGED,
        /** The result would list a touchpoint twice within one process (rule 1). */
        DUPLICATE
    }
}
