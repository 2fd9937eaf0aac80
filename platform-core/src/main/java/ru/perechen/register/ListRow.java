package ru.perechen.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.perechen.catalog.ChannelKind;

/**
 * A строка Перечня as a version has it, with the names as they were when it was enacted.
 *
 * @param entryKey   the row's identity across versions
 * @param revisionId this revision of the row; a change is drafted against it
 * @param unitId     the unit the row is given for, or null when for the whole direction
 */
public record ListRow(UUID entryKey, UUID revisionId, int validFrom, UUID groupId, Integer groupNumber, String groupTitle,
                      UUID processId, String processName, UUID unitId, String unitName, UUID touchpointId,
                      String touchpointName, ChannelKind kind, List<EntryNeed> needs, String specifics, String basis,
                      Map<UUID, String> customValues) {

    /** The key of rule 1 and 2: within one process (and unit) a touchpoint appears once. */
    public List<UUID> uniquenessKey() {
        return java.util.Arrays.asList(processId, unitId, touchpointId);
    }

    public RowContent content() {
        return new RowContent(processId, unitId, touchpointId,
                needs.stream().map(n -> new NeedInteraction(n.needId(), n.interaction())).toList(), specifics, basis, customValues);
    }
}
