package ru.perechen.feedback;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.perechen.calendar.CalendarService;
import ru.perechen.calendar.CalendarYearMissingException;
import ru.perechen.feedback.internal.FeedbackSettingsEntity;
import ru.perechen.feedback.internal.FeedbackSettingsRepository;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/** The agency's terms for the units' reports: when each is due, by the production calendar, and the form's heading. */
@Component
class ReportTerms {

    static final String DEFAULT_HEADING = "действующими механизмами взаимодействия с внешними клиентами";
    private final FeedbackSettingsRepository settings;
    private final CalendarService calendar;
    private final AgencyDirectory directory;

    ReportTerms(FeedbackSettingsRepository settings, CalendarService calendar, AgencyDirectory directory) {
        this.settings = settings;
        this.calendar = calendar;
        this.directory = directory;
    }

    boolean enabled() {
        return settings.findFirstBy().map(FeedbackSettingsEntity::isEnabled).orElse(false);
    }

    int dueWorkingDays() {
        return settings.findFirstBy().map(FeedbackSettingsEntity::getReportDueWorkingDays).orElse(10);
    }

    /** The last day to sign the quarter's report: so many working days after the quarter; empty while the calendar lacks the year. */
    Optional<LocalDate> dueOn(Quarter quarter) {
        try {
            return Optional.of(calendar.addWorkingDays(quarter.lastDay(), dueWorkingDays(), region()));
        } catch (CalendarYearMissingException missing) {
            return Optional.empty();
        }
    }

    /** Working days from today to the due day (0 on it, negative after it). */
    int workingDaysLeft(LocalDate due) {
        return calendar.workingDaysBetween(calendar.today(), due, region());
    }

    boolean firstWorkingDayAfter(Quarter quarter) {
        LocalDate today = calendar.today();
        return today.isAfter(quarter.lastDay()) && calendar.isWorkingDay(today, region())
                && calendar.workingDaysBetween(quarter.lastDay(), today, region()) == 1;
    }

    LocalDate today() {
        return calendar.today();
    }

    String heading() {
        return settings.findFirstBy().map(FeedbackSettingsEntity::getReportHeading).filter(h -> !h.isBlank()).orElse(DEFAULT_HEADING);
    }

    /** Gives the agency's own wording of the heading, unless it has one already (a preset's act). */
    void useHeading(String heading) {
        settings.findFirstBy().filter(s -> s.getReportHeading() == null).ifPresent(s -> {
            s.changeReportHeading(heading);
            settings.save(s);
        });
    }

    private ru.perechen.tenancy.RegionId region() {
        return TenantContext.currentAgency().flatMap(directory::find).map(AgencySummary::regionId).orElse(null);
    }
}
