package ru.perechen.workflow;

import java.util.EnumSet;
import java.util.Set;

/** Where a change request stands. */
public enum ChangeStatus {
    /** Being drafted by its initiator. */
    DRAFT,
    /** Going through the approval chain. */
    IN_APPROVAL,
    /** Returned for revision by an approver: the initiator edits and submits again. */
    RETURNED,
    /** Every step approved: waits for the approving act (if the chain requires one) and enactment. */
    APPROVED,
    /** Enacted as a new version of the list. */
    ENACTED,
    /** Rejected by an approver, with the reason. */
    REJECTED,
    /** Withdrawn by its initiator. */
    WITHDRAWN;

    public static final Set<ChangeStatus> IN_FLIGHT = EnumSet.of(DRAFT, IN_APPROVAL, RETURNED, APPROVED);

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "request.status." + name();
    }
}
