package ru.perechen.documents;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N workbook parses at once on this node (default 2, one per core): a parse holds up to a few
 * hundred megabytes while POI inflates a sheet, so beyond that a caller is told to come back rather
 * than queued into an out-of-memory error. Never waits: a busy node answers at once.
 */
@Component
public class ParseGate {

    /** Seconds a refused caller is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;

    ParseGate(@Value("${perechen.import.max-parallel-parses:2}") int parallel) {
        this.slots = new Semaphore(Math.max(1, parallel));
    }

    public <T> T parse(Supplier<T> work) {
        if (!slots.tryAcquire()) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Every parse slot of the node is taken: 503 with {@code Retry-After}, nothing done. */
    public static final class Busy extends RuntimeException {
        public Busy() {
            super("every parse slot is taken");
        }
    }
}
