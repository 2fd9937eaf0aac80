package ru.perechen.feedback;

/**
 * An agency's feedback switch and its figures: the survey version in use, the satisfaction below which a
 * touchpoint gets a review task, and the working days after a quarter within which units report.
 */
public record FeedbackSettings(boolean enabled, Integer surveyNumber, int thresholdPercent, int reportDueWorkingDays, long version) {
}
