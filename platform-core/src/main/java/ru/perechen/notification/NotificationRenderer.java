package ru.perechen.notification;

/** Puts a notification into words (the UI's message bundle does it; the e-mails are in Russian). */
public interface NotificationRenderer {

    String subject(Notification notification);

    String text(Notification notification);
}
