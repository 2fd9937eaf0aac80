package ru.perechen.workflow;

import java.util.UUID;
import ru.perechen.tenancy.Role;

/**
 * A step as the tenant admin enters it.
 *
 * @param title       optional name of the step in the route (e.g. «Согласование курирующим заместителем»)
 * @param role        the role whose holders approve; only for {@link ApproverRule#ROLE}
 * @param personId    the staff member who approves; only for {@link ApproverRule#PERSON}
 * @param dueWorkDays working days the approver has for the step
 */
public record ApprovalStepDraft(String title, ApproverRule rule, Role role, UUID personId, int dueWorkDays) {

    public static ApprovalStepDraft of(ApproverRule rule, int dueWorkDays) {
        return new ApprovalStepDraft(null, rule, null, null, dueWorkDays);
    }

    public static ApprovalStepDraft ofRole(Role role, int dueWorkDays) {
        return new ApprovalStepDraft(null, ApproverRule.ROLE, role, null, dueWorkDays);
    }
}
