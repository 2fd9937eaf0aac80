package ru.perechen.region.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import ru.perechen.notification.Mail;
import ru.perechen.region.RegionDigest;

/**
 * The weekly digest as a plain-text letter in Russian, worded by the message bundle ({@code region.digest.*}
 * of {@code messages_ru.properties}, which the UI module carries), and its sending through the platform's
 * SMTP server; without one configured the letter is written to the log, as the notifications' are.
 */
@Component
class RegionDigestLetter {

    private static final Locale RUSSIAN = Locale.of("ru");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    private final Mail mail;
    private final String appUrl;

    RegionDigestLetter(Mail mail, @Value("${perechen.app-url:http://localhost:8080}") String appUrl,
                       @Value("${perechen.region.digest-messages:classpath:messages}") String bundle) {
        this.mail = mail;
        this.appUrl = appUrl;
        messages.setBasename(bundle);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(RUSSIAN);
    }

    String subject(RegionDigest digest) {
        return t("region.digest.subject", digest.region().name(), DAY.format(digest.from()), DAY.format(digest.to()));
    }

    String text(RegionDigest digest, String recipient) {
        StringJoiner text = new StringJoiner("\n");
        text.add(t("region.digest.greeting", recipient)).add("");
        text.add(t("region.digest.intro", digest.region().name(), DATE.format(digest.from()), DATE.format(digest.to())));
        if (!digest.changed()) {
            text.add("").add(t("region.digest.nothing"));
        }
        if (!digest.versions().isEmpty()) {
            text.add("").add(t("region.digest.versions"));
            for (RegionDigest.NewVersion v : digest.versions()) {
                text.add(v.actNumber() == null || v.actDate() == null
                        ? t("region.digest.version.no-act", v.agency(), v.number(), date(v.enactedOn()))
                        : t("region.digest.version", v.agency(), v.number(), v.actNumber(), date(v.actDate())));
            }
        }
        if (!digest.overdue().isEmpty()) {
            text.add("").add(t("region.digest.overdue"));
            for (RegionDigest.OverduePublication p : digest.overdue()) {
                String line = p.days() == null ? t("region.digest.overdue.line.no-days", p.agency(), p.version(), date(p.dueOn()))
                        : t("region.digest.overdue.line", p.agency(), p.version(), date(p.dueOn()), p.days());
                text.add(p.becameOverdue() ? line + t("region.digest.overdue.new") : line);
            }
        }
        if (digest.overdueTasks() > 0 || digest.overdueTasksBefore() > 0) {
            text.add("").add(t("region.digest.tasks", digest.overdueTasks(), change(digest.overdueTasks() - digest.overdueTasksBefore()),
                    digest.overdueTasksBefore()));
        }
        if (!digest.drops().isEmpty()) {
            text.add("").add(t("region.digest.drops"));
            for (RegionDigest.Drop d : digest.drops()) {
                text.add(t("region.digest.drop", d.agency(), t(d.indicator().messageKey()), number(d.before()), number(d.after()),
                        "−" + number(d.size())));
            }
        }
        text.add("").add(t("region.digest.link", appUrl + "/region/" + digest.region().code()));
        text.add("").add(t("region.digest.footer"));
        return text.toString();
    }

    /** True when the SMTP server took the letter (or, without one, it was logged). */
    boolean send(String to, String subject, String text) {
        return mail.send(to, subject, text);
    }

    /** Numbers and dates are put in words here, so that the bundle's patterns never format them by locale. */
    private String t(String key, Object... args) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, words.length == 0 ? null : words, "!" + key, RUSSIAN);
    }

    private static String date(LocalDate day) {
        return day == null ? "—" : DATE.format(day);
    }

    private static String change(int delta) {
        return delta > 0 ? "+" + delta : delta < 0 ? "−" + -delta : "±0";
    }

    /** One decimal with a comma, none when whole, as the dashboard shows figures. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded).replace('.', ',');
    }
}
