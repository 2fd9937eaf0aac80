package ru.perechen.notification;

/** What a notification is about; a person may turn e-mail off per kind. */
public enum NotificationKind {
    APPROVAL_AWAITING, STEP_DUE_SOON, REQUEST_RETURNED, REQUEST_REJECTED, REQUEST_ENACTED, DEADLINE_DUE_SOON, REVIEW_TASK,
    /** Act 004 §10: the units' quarterly reports. */
    REPORT_DUE, REPORT_TO_SIGN, REPORT_RETURNED, REPORT_SIGNED;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
