package ru.perechen.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.tenancy.TenantContext;

/**
 * The units' reports against their due day (so many working days after the quarter, by the production
 * calendar): on the first working day after the quarter and on the last working day before the due day each
 * unit whose report is not signed is reminded; from the day after it, the report is overdue — a review task
 * for the unit, closed when it is signed. Runs for one agency, as system work of the morning job.
 */
@Service
public class UnitReportDeadlines {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final UnitReportService reports;
    private final ReportTerms terms;
    private final ApplicationEventPublisher events;

    UnitReportDeadlines(UnitReportService reports, ReportTerms terms, ApplicationEventPublisher events) {
        this.reports = reports;
        this.terms = terms;
        this.events = events;
    }

    /** The last finished quarter's reports; how many are overdue (none while feedback is off or the calendar lacks the year). */
    @Transactional
    public int check() {
        TenantContext.requireAgency();
        if (!terms.enabled()) {
            return 0;
        }
        Quarter quarter = Quarter.of(terms.today()).previous();
        int overdue = 0;
        for (UnitReport report : reports.overview(quarter)) {
            LocalDate due = report.dueOn();
            if (report.status() == UnitReport.Status.SIGNED || due == null) {
                continue;
            }
            if (terms.today().isAfter(due)) {
                events.publishEvent(new FeedbackReportEvent.Overdue(report.unitId(), report.unitName(), quarter, DATE.format(due)));
                overdue++;
            } else if (terms.firstWorkingDayAfter(quarter) || terms.workingDaysLeft(due) == 1) {
                events.publishEvent(new FeedbackReportEvent.Due(report.unitId(), report.unitName(), quarter, DATE.format(due)));
            }
        }
        return overdue;
    }
}
