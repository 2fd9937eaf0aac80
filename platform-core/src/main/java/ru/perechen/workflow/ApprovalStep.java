package ru.perechen.workflow;

import ru.perechen.catalog.StaffMember;
import ru.perechen.tenancy.Role;

/** A step of a stored chain revision; {@code position} counts from 1. */
public record ApprovalStep(int position, String title, ApproverRule rule, Role role, StaffMember person, int dueWorkDays) {

    public ApprovalStepDraft toDraft() {
        return new ApprovalStepDraft(title, rule, role, person == null ? null : person.id(), dueWorkDays);
    }
}
