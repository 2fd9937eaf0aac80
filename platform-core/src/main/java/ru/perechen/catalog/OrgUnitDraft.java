package ru.perechen.catalog;

import java.util.Set;
import java.util.UUID;

/** What a person enters for a unit: parent, head, supervising deputy and members are staff ids or null. */
public record OrgUnitDraft(String name, UUID parentId, UUID headId, UUID supervisorId, Set<UUID> memberIds) {

    public OrgUnitDraft {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
