package ru.perechen.register;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an editor says a row is: the process, the unit (when several units run the process), the
 * touchpoint of the catalogue, the needs it satisfies, its specifics, basis and the agency's own columns.
 *
 * @param unitId       null when the process is run uniformly by all units or by one unit only
 * @param customValues the agency's own columns by column id
 */
public record RowContent(UUID processId, UUID unitId, UUID touchpointId, List<NeedInteraction> needs, String specifics,
                         String basis, Map<UUID, String> customValues) {

    public static final int SPECIFICS_MAX = 4000;
    public static final int BASIS_MAX = 1000;
    public static final int INTERACTION_MAX = 2000;
    public static final int CUSTOM_MAX = 1000;

    public RowContent {
        needs = needs == null ? List.of() : List.copyOf(needs);
        customValues = customValues == null ? Map.of() : Map.copyOf(customValues);
    }
}
