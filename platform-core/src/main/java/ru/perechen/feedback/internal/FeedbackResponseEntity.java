package ru.perechen.feedback.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import ru.perechen.tenancy.TenantOwnedEntity;

/** A response as given; the app's role may only insert it, and later withdraw its consent. */
@Entity
@org.hibernate.annotations.DynamicUpdate
@Table(name = "feedback_response")
public class FeedbackResponseEntity extends TenantOwnedEntity {

    private UUID surveyVersionId;
    private String channel;
    private UUID touchpointId;
    private UUID processId;
    private UUID unitId;
    private UUID groupId;
    private String supportMeasure;
    private String municipality;
    private String way;
    private String applicant;
    private LocalDateTime receivedOn;
    private Instant answeredAt;
    private Boolean provided;
    private Boolean satisfied;
    private Boolean informedAfterRefusal;
    private Short scoreInformation;
    private Short scoreDocuments;
    private Short scorePoliteness;
    private Short scoreLocation;
    private Short scoreInterface;
    private Short scoreStatus;
    private Short scoreTimeliness;
    @ColumnTransformer(write = "?::jsonb")
    private String difficulties;
    private String comment;
    private String contact;
    private Instant consentAt;
    private Instant consentWithdrawnAt;
    private UUID submissionKey;
    private String enteredBy;

    protected FeedbackResponseEntity() {
    }

    public FeedbackResponseEntity(UUID surveyVersionId, String channel, UUID submissionKey, Instant answeredAt, String enteredBy) {
        this.surveyVersionId = surveyVersionId;
        this.channel = channel;
        this.submissionKey = submissionKey;
        this.answeredAt = answeredAt;
        this.enteredBy = enteredBy;
        this.difficulties = "{}";
    }

    public void where(UUID touchpointId, UUID processId, UUID unitId, UUID groupId) {
        this.touchpointId = touchpointId;
        this.processId = processId;
        this.unitId = unitId;
        this.groupId = groupId;
    }

    public void statistics(String supportMeasure, String municipality, String way, String applicant, LocalDateTime receivedOn,
                           Boolean provided) {
        this.supportMeasure = supportMeasure;
        this.municipality = municipality;
        this.way = way;
        this.applicant = applicant;
        this.receivedOn = receivedOn;
        this.provided = provided;
    }

    public void quality(Boolean satisfied, Boolean informedAfterRefusal, Short[] scores, String difficultiesJson, String comment) {
        this.satisfied = satisfied;
        this.informedAfterRefusal = informedAfterRefusal;
        this.scoreInformation = scores[0];
        this.scoreDocuments = scores[1];
        this.scorePoliteness = scores[2];
        this.scoreLocation = scores[3];
        this.scoreInterface = scores[4];
        this.scoreStatus = scores[5];
        this.scoreTimeliness = scores[6];
        this.difficulties = difficultiesJson;
        this.comment = comment;
    }

    public void contact(String contact, Instant consentAt) {
        this.contact = contact;
        this.consentAt = consentAt;
    }

    /** The client takes the consent back: the contact goes, the time of withdrawal stays. */
    public void withdrawConsent(Instant at) {
        this.contact = null;
        this.consentWithdrawnAt = at;
    }

    public UUID getSurveyVersionId() { return surveyVersionId; }
    public String getChannel() { return channel; }
    public UUID getTouchpointId() { return touchpointId; }
    public UUID getProcessId() { return processId; }
    public UUID getUnitId() { return unitId; }
    public UUID getGroupId() { return groupId; }
    public String getSupportMeasure() { return supportMeasure; }
    public String getMunicipality() { return municipality; }
    public String getWay() { return way; }
    public String getApplicant() { return applicant; }
    public LocalDateTime getReceivedOn() { return receivedOn; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Boolean getProvided() { return provided; }
    public Boolean getSatisfied() { return satisfied; }
    public Boolean getInformedAfterRefusal() { return informedAfterRefusal; }
    public Short[] getScores() {
        return new Short[] {scoreInformation, scoreDocuments, scorePoliteness, scoreLocation, scoreInterface, scoreStatus, scoreTimeliness};
    }
    public String getDifficulties() { return difficulties; }
    public String getComment() { return comment; }
    public String getContact() { return contact; }
    public Instant getConsentAt() { return consentAt; }
    public Instant getConsentWithdrawnAt() { return consentWithdrawnAt; }
    public UUID getSubmissionKey() { return submissionKey; }
    public String getEnteredBy() { return enteredBy; }
}
