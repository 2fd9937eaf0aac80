package ru.perechen.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import ru.perechen.workflow.ApproverRule;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Immutable
@Table(name = "approval_chain_step")
public class ApprovalChainStepEntity extends TenantOwnedEntity {

    private UUID chainId;
    private int position;
    private String title;
    @Enumerated(EnumType.STRING)
    private ApproverRule rule;
    @Column(name = "role_name")
    private String roleName;
    private UUID personId;
    private int dueWorkDays;

    protected ApprovalChainStepEntity() {
    }

    public ApprovalChainStepEntity(UUID chainId, int position, String title, ApproverRule rule, String roleName,
                                   UUID personId, int dueWorkDays) {
        this.chainId = chainId;
        this.position = position;
        this.title = title;
        this.rule = rule;
        this.roleName = roleName;
        this.personId = personId;
        this.dueWorkDays = dueWorkDays;
    }

    public UUID getChainId() { return chainId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public ApproverRule getRule() { return rule; }
    public String getRoleName() { return roleName; }
    public UUID getPersonId() { return personId; }
    public int getDueWorkDays() { return dueWorkDays; }
}
