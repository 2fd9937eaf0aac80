package ru.perechen.workflow;

import java.util.UUID;
import ru.perechen.register.RowChange;
import ru.perechen.register.RowContent;

/**
 * One change a request proposes.
 *
 * @param baseRevisionId the revision of the row the change was drafted against (null for an addition)
 * @param content        the row as it is to be (null for an exclusion)
 */
public record ChangeItem(UUID id, int position, ChangeOperation operation, UUID entryKey, UUID baseRevisionId,
                         RowContent content) {

    public RowChange toChange() {
        return switch (operation) {
            case ADD -> new RowChange.Add(entryKey, content);
            case MODIFY -> new RowChange.Modify(entryKey, baseRevisionId, content);
            case EXCLUDE -> new RowChange.Exclude(entryKey, baseRevisionId);
        };
    }
}
