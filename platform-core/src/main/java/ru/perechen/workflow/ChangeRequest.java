package ru.perechen.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A запрос на внесение изменений в Перечень: the changes, the explanatory note, the chain revision it
 * follows once submitted, and every decision taken on it.
 *
 * @param baseVersion  the version the changes were drafted against
 * @param chainId      the chain revision it was submitted under (null while never submitted)
 * @param currentStep  the step awaiting decisions (0 when none)
 * @param round        how many times it was submitted
 */
public record ChangeRequest(UUID id, int number, String title, String explanatoryNote, ChangeStatus status,
                            String initiatorId, String initiatorName, UUID unitId, String unitName, int baseVersion,
                            UUID chainId, int currentStep, int round, Instant createdAt, Instant submittedAt, Instant closedAt,
                            String actNumber, LocalDate actDate, Integer enactedVersion, List<ChangeItem> items,
                            List<Decision> decisions, long version) {

    public static final int TITLE_MAX = 300;
    public static final int NOTE_MAX = 8000;
}
