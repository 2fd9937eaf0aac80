package ru.perechen.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import ru.perechen.tenancy.TenantOwnedEntity;
import ru.perechen.workflow.DecisionKind;

@Entity
@Immutable
@Table(name = "approval_decision")
public class ApprovalDecisionEntity extends TenantOwnedEntity {

    private UUID requestId;
    private int round;
    @Column(name = "step_position")
    private int step;
    private String seatKey;
    @Enumerated(EnumType.STRING)
    private DecisionKind decision;
    private String actorId;
    private String actorName;
    private String comment;
    private String onBehalfOf;
    private String onBehalfOfIds;
    private boolean bySubmission;
    private Instant decidedAt;

    protected ApprovalDecisionEntity() {
    }

    public ApprovalDecisionEntity(UUID requestId, int round, int step, String seatKey, DecisionKind decision, String actorId,
                                  String actorName, String comment, String onBehalfOf, String onBehalfOfIds, boolean bySubmission,
                                  Instant decidedAt) {
        this.requestId = requestId;
        this.round = round;
        this.step = step;
        this.seatKey = seatKey;
        this.decision = decision;
        this.actorId = actorId;
        this.actorName = actorName;
        this.comment = comment;
        this.onBehalfOf = onBehalfOf;
        this.onBehalfOfIds = onBehalfOfIds;
        this.bySubmission = bySubmission;
        this.decidedAt = decidedAt;
    }

    public UUID getRequestId() { return requestId; }
    public int getRound() { return round; }
    public int getStep() { return step; }
    public String getSeatKey() { return seatKey; }
    public DecisionKind getDecision() { return decision; }
    public String getActorId() { return actorId; }
    public String getActorName() { return actorName; }
    public String getComment() { return comment; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public String getOnBehalfOfIds() { return onBehalfOfIds; }
    public boolean isBySubmission() { return bySubmission; }
    public Instant getDecidedAt() { return decidedAt; }
}
