package ru.perechen.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Slow reading off the request thread, so that a page stays responsive while it counts: the work runs on a
 * virtual thread as the signed-in person (their security context travels with it, and with it the tenancy's
 * checks), the browser polls meanwhile, and the result is shown under the UI's lock when it is there.
 */
public final class Background {

    static final int POLL_MILLIS = 400;
    private static final Executor THREADS = Executors.newVirtualThreadPerTaskExecutor();

    private Background() {
    }

    public static <T> void run(UI ui, Supplier<T> work, SerializableConsumer<T> done, SerializableConsumer<Throwable> failed) {
        SecurityContext security = SecurityContextHolder.getContext();
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, THREADS).whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            if (failure == null) {
                done.accept(result);
            } else {
                failed.accept(failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : failure);
            }
        }));
    }
}
