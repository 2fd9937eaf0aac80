package ru.perechen.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a person enters for a process of the registry. */
public record ProcessDraft(String name, UUID groupId, ProcessKind kind, boolean uniformForAllUnits, Set<UUID> unitIds,
                           List<Basis> bases, LocalDate includedOn, String includedByAct) {

    public ProcessDraft {
        unitIds = unitIds == null ? Set.of()
                : unitIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        bases = bases == null ? List.of() : List.copyOf(bases);
    }
}
