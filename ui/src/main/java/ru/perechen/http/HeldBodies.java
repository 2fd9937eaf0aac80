package ru.perechen.http;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many megabytes of request bodies this node holds in memory at once (default 96: four order scans
 * of 20 MB). A body that is kept whole — a scan goes into the database as one value — takes its limit
 * from the budget before a byte is read and gives it back when the request is answered; past the budget
 * the caller gets 503 with {@code Retry-After} at once, nothing read, nothing done.
 */
@Component
public class HeldBodies {

    private static final int MEGABYTE = 1024 * 1024;
    private final Semaphore megabytes;
    private final int budget;

    HeldBodies(@Value("${perechen.http.held-bodies-mb:96}") int budget) {
        this.budget = Math.max(1, budget);
        this.megabytes = new Semaphore(this.budget);
    }

    /** Runs {@code work}, which reads a body of at most {@code maxBytes}, while that much of the budget is held. */
    public <T> T holding(int maxBytes, Supplier<T> work) {
        int wanted = Math.min(budget, Math.max(1, (maxBytes + MEGABYTE - 1) / MEGABYTE));
        if (!megabytes.tryAcquire(wanted)) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            megabytes.release(wanted);
        }
    }

    /** The node holds as many bodies as its budget allows: 503 with {@code Retry-After}, nothing read. */
    public static final class Busy extends RuntimeException {
        public Busy() {
            super("the held-bodies budget is spent");
        }
    }
}
