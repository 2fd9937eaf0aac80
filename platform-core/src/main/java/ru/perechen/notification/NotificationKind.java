package ru.perechen.notification;

/** What a notification is about; a person may turn e-mail off per kind. */
public enum NotificationKind {
    APPROVAL_AWAITING, STEP_DUE_SOON, REQUEST_RETURNED, REQUEST_REJECTED, REQUEST_ENACTED, DEADLINE_DUE_SOON, REVIEW_TASK;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
