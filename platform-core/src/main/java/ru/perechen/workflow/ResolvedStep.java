package ru.perechen.workflow;

import java.util.List;
import java.util.UUID;
import ru.perechen.catalog.StaffMember;

/**
 * A step resolved for the processes of a request: every seat must be approved, each by one of its
 * candidates (a unit-head step has a seat per unit concerned; a role step has one seat for all holders).
 */
public record ResolvedStep(ApprovalStep step, List<Seat> seats) {

    public boolean resolvesToNobody() {
        return seats.isEmpty() || seats.stream().anyMatch(s -> s.candidates().isEmpty());
    }

    /** @param unitId the unit the seat stands for, or null for role and person steps */
    public record Seat(UUID unitId, String unitName, List<StaffMember> candidates) {
    }
}
