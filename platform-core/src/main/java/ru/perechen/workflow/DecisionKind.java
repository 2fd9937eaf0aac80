package ru.perechen.workflow;

/** What an approver decided at their step. */
public enum DecisionKind {
    APPROVED, RETURNED, REJECTED;

    public String messageKey() {
        return "request.decision." + name();
    }
}
