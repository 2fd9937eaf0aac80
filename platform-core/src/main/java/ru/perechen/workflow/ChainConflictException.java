package ru.perechen.workflow;

import java.time.Instant;
import org.springframework.dao.OptimisticLockingFailureException;

/** Somebody saved the chain after the editor opened it; nothing was stored. */
public class ChainConflictException extends OptimisticLockingFailureException {

    private final transient ApprovalChain current;

    public ChainConflictException(ApprovalChain current) {
        super("The approval chain is at revision " + current.revision() + " already");
        this.current = current;
    }

    public int revision() {
        return current.revision();
    }

    public String savedBy() {
        return current.createdBy();
    }

    public Instant savedAt() {
        return current.createdAt();
    }
}
