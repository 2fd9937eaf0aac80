package ru.perechen.notification;

import java.util.Set;

/**
 * @param emailOff the kinds the person gets no e-mail for (still in the in-app inbox)
 * @param digest   one e-mail a day with everything instead of one per notification
 */
public record NotificationPreferences(Set<NotificationKind> emailOff, boolean digest) {
}
