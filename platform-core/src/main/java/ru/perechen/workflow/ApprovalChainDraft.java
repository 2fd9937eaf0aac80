package ru.perechen.workflow;

import java.util.List;

/**
 * The chain as the tenant admin enters it.
 *
 * @param actRequired  whether an approving act (приказ: number and date) must be recorded after the last step
 * @param noteRequired whether a change request needs an explanatory note (пояснительная записка)
 */
public record ApprovalChainDraft(List<ApprovalStepDraft> steps, boolean actRequired, boolean noteRequired) {

    public ApprovalChainDraft {
        steps = List.copyOf(steps);
    }
}
