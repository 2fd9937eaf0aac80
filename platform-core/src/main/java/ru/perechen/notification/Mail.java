package ru.perechen.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A plain-text letter from the platform's address. Without an SMTP server configured (the local run without
 * one, the tests that do not start GreenMail) the letter is written to the log and counts as sent.
 */
@Component
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mail(ObjectProvider<JavaMailSender> sender, @Value("${perechen.mail.from:perechen@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** True when the SMTP server took the letter (or, without one, it was logged); false when it refused — the caller keeps it. */
    public boolean send(String to, String subject, String text) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("Mail (no SMTP configured) to {}: {}\n{}", to, subject, text);
            return true;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            smtp.send(message);
            return true;
        } catch (MailException failed) {
            log.warn("Mail to {} ({}) not sent: {}", to, subject, failed.getMessage());
            return false;
        }
    }
}
