package ru.perechen.notification.ui;

import org.springframework.stereotype.Component;
import ru.perechen.notification.Notification;
import ru.perechen.notification.NotificationRenderer;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/** Notifications in words from the message bundle; e-mails go in Russian. */
@Component
class BundleNotificationRenderer implements NotificationRenderer {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final I18NProvider messages;

    BundleNotificationRenderer(I18NProvider messages) {
        this.messages = messages;
    }

    @Override
    public String subject(Notification n) {
        return messages.getTranslation("notification.subject." + n.kind().name(), RUSSIAN, args(n));
    }

    @Override
    public String text(Notification n) {
        return messages.getTranslation(n.kind().messageKey(), RUSSIAN, args(n));
    }

    static Object[] args(Notification n) {
        return n.params().toArray();
    }
}
