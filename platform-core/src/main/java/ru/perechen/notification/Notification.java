package ru.perechen.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One notification of one person.
 *
 * @param params the values of the kind's message, in order
 * @param link   the page it is about, relative to the agency ({@code requests/12})
 */
public record Notification(UUID id, NotificationKind kind, List<String> params, String link, Instant createdAt, Instant readAt,
                           Instant emailedAt) {

    public boolean unread() {
        return readAt == null;
    }
}
