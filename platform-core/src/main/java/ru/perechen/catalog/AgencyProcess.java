package ru.perechen.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A process of the registry (мера поддержки, услуга, функция, сервис): column 3 of the list.
 *
 * @param owners units that run it; empty when it is uniform for all units
 */
public record AgencyProcess(UUID id, UUID groupId, Integer groupNumber, String groupName, String name, ProcessKind kind,
                            boolean uniformForAllUnits, List<UnitRef> owners, List<Basis> bases,
                            LocalDate includedOn, String includedByAct, boolean excluded, LocalDate excludedOn,
                            String excludedByAct, long version) {

    /** A unit as a process names it. */
    public record UnitRef(UUID id, String name, boolean closed) {
    }
}
