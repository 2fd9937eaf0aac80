package ru.perechen.feedback.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "feedback_settings")
public class FeedbackSettingsEntity extends TenantOwnedEntity {

    private boolean enabled;
    private UUID surveyVersionId;
    private int thresholdPercent = 70;
    private int reportDueWorkingDays = 10;
    private String reportHeading;

    public boolean isEnabled() { return enabled; }
    public UUID getSurveyVersionId() { return surveyVersionId; }
    public int getThresholdPercent() { return thresholdPercent; }
    public int getReportDueWorkingDays() { return reportDueWorkingDays; }
    public String getReportHeading() { return reportHeading; }

    /** The wording of the report's heading after «об уровне удовлетворенности внешних клиентов», or null for the default. */
    public void changeReportHeading(String reportHeading) {
        this.reportHeading = reportHeading;
    }

    public void change(boolean enabled, UUID surveyVersionId, int thresholdPercent, int reportDueWorkingDays) {
        this.enabled = enabled;
        this.surveyVersionId = surveyVersionId;
        this.thresholdPercent = thresholdPercent;
        this.reportDueWorkingDays = reportDueWorkingDays;
    }
}
