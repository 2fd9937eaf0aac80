package ru.perechen.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import ru.perechen.feedback.Quarter;
import ru.perechen.feedback.UnitReport;

/** The facts above a unit's report: the form's heading and period, its state, when it is due, who sent and who signed it. */
class UnitReportFacts extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    UnitReportFacts(FeedbackAnalysisTables.Messages t, UnitReport report) {
        setId("report-facts");
        add(line("report-heading", t.get("feedback.report.form.about", report.heading())));
        add(line("report-period", t.get("feedback.report.period", FeedbackAnalysisTables.quarter(t, report.quarter()),
                UnitReportFiles.period(report.quarter()))));
        add(line("report-status", t.get("feedback.report.status", t.get("feedback.report.status." + report.status().name()))));
        add(line("report-due", report.dueOn() == null ? t.get("feedback.report.due.unknown")
                : t.get("feedback.report.due", DATE.format(report.dueOn()))));
        if (report.submittedByName() != null) {
            add(line("report-submitted", t.get("feedback.report.submitted-by", report.submittedByName(),
                    DATE.format(report.submittedAt().atZone(Quarter.ZONE)))));
        }
        if (report.signedByName() != null) {
            add(line("report-signed", t.get("feedback.report.signed-by", report.signedByName(),
                    DATE.format(report.signedAt().atZone(Quarter.ZONE)))));
        }
        if (report.returnedComment() != null) {
            Paragraph back = line("report-returned", t.get("feedback.report.returned-with", report.returnedComment()));
            back.addClassName("error-text");
            add(back);
        }
        if (report.lines().isEmpty()) {
            add(line("report-empty", t.get("feedback.report.no-lines")));
        }
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.getStyle().set("margin", "0.2em 0");
        return p;
    }
}
