package ru.perechen.register;

import java.util.List;

/** What changed between two versions (or between a version and a draft), row by row and cell by cell. */
public record ListDiff(int fromVersion, Integer toVersion, List<RowDiff> rows) {

    public long count(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    public enum Kind { ADDED, EXCLUDED, CHANGED }

    /** @param before null for an added row; @param after null for an excluded one */
    public record RowDiff(Kind kind, ListRow before, ListRow after, List<CellChange> cells) {

        public ListRow row() {
            return after != null ? after : before;
        }
    }

    /** @param field one of the list's fields, see {@link ListField} */
    public record CellChange(ListField field, String before, String after) {
    }
}
