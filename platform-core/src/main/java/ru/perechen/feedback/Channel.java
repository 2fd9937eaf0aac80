package ru.perechen.feedback;

/**
 * Where a response came from: the survey's link or QR code, a paper form typed in, or one of the other
 * channels of act 004 §9 (recorded or imported by staff).
 */
public enum Channel {
    SURVEY_LINK, PAPER_FORM, EPGU_FORM, SITE_FEEDBACK, POST, EMAIL, RECEPTION, PORTAL_FORM, SOCIAL_NETWORK,
    SOCIAL_POLL, PERSONAL_POLL, SPECIAL_EVENT, PHONE;

    public String messageKey() {
        return "feedback.channel." + name();
    }
}
