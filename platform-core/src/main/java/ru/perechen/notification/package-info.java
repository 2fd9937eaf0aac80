/**
 * Notifications: the in-app inbox of each person (approvals awaiting them, their requests returned,
 * rejected or enacted, deadlines, review tasks) and the same by e-mail, sent from an outbox by a
 * scheduled job on one node, per kind unless the person opted out, or as a daily digest.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package ru.perechen.notification;
