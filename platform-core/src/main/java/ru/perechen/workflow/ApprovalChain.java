package ru.perechen.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One revision of the agency's approval chain. Revisions are never changed: a change request keeps
 * the one it was submitted under.
 */
public record ApprovalChain(UUID id, int revision, List<ApprovalStep> steps, boolean actRequired, boolean noteRequired,
                            Instant createdAt, String createdBy) {

    public ApprovalChainDraft toDraft() {
        return new ApprovalChainDraft(steps.stream().map(ApprovalStep::toDraft).toList(), actRequired, noteRequired);
    }
}
