package ru.perechen.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A структурное подразделение as the tree shows it.
 *
 * @param path       names from the top unit down to this one, for display and choosing parents
 * @param head       руководитель подразделения, or null
 * @param supervisor курирующий заместитель, or null
 * @param ownedProcesses processes of the registry (not excluded) the unit runs
 */
public record OrgUnit(UUID id, UUID parentId, String name, List<String> path, StaffMember head, StaffMember supervisor,
                      List<StaffMember> members, int ownedProcesses, boolean closed, long version) {
}
