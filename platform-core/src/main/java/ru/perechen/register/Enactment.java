package ru.perechen.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a new version is made of: the changes of an approved request and the act that approved them.
 *
 * @param requestId  null for an initial version loaded by a preset
 * @param approvedBy who approved the request and when, as people read it
 */
public record Enactment(UUID requestId, Integer requestNumber, String actNumber, LocalDate actDate, String approvedBy,
                        List<RowChange> changes) {

    public Enactment {
        changes = List.copyOf(changes);
    }
}
