package ru.perechen.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.slf4j.LoggerFactory;

/**
 * What the heap went through while a storm ran, in the JVM that serves it: the most in use (sampled every
 * 10 ms), the most still in use after a collection (the live set), the pools' own peaks, collections and
 * their time, and every {@link OutOfMemoryError} the application logged (a Logback appender on the root).
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong usedPeak = new AtomicLong();
    private final AtomicLong livePeak = new AtomicLong();
    private final AtomicInteger outOfMemory = new AtomicInteger();
    private final long collectionsAtStart;
    private final long collectionMillisAtStart;
    private final Thread sampler;
    private final NotificationListener afterCollection;
    private final Appender appender = new Appender();
    private volatile boolean running = true;

    HeapWatch() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        collectionsAtStart = collections();
        collectionMillisAtStart = collectionMillis();
        afterCollection = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                livePeak.accumulateAndGet(live, Math::max);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(afterCollection, null, null);
        }
        appender.setContext(root().getLoggerContext());
        appender.start();
        root().addAppender(appender);
        sampler = Thread.ofPlatform().daemon().name("heap-watch").start(() -> {
            while (running) {
                usedPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    long usedPeak() {
        return usedPeak.get();
    }

    long livePeak() {
        return livePeak.get();
    }

    int outOfMemoryErrors() {
        return outOfMemory.get();
    }

    /** Called by the client side, which catches its own errors. */
    void outOfMemory() {
        outOfMemory.incrementAndGet();
    }

    long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum()
                - collectionsAtStart;
    }

    long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum()
                - collectionMillisAtStart;
    }

    /** Each heap pool's peak since the start, e.g. {@code G1 Old Gen 412 MB}. */
    String poolPeaks() {
        StringBuilder text = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                MemoryUsage peak = pool.getPeakUsage();
                text.append(text.isEmpty() ? "" : ", ").append(pool.getName()).append(' ').append(peak.getUsed() / (1024 * 1024)).append(" MB");
            }
        }
        return text.toString();
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.join();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).removeNotificationListener(afterCollection);
        }
        root().detachAppender(appender);
        appender.stop();
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream().anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private final class Appender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            boolean oom = event.getFormattedMessage() != null && event.getFormattedMessage().contains("OutOfMemoryError");
            for (IThrowableProxy t = event.getThrowableProxy(); t != null && !oom; t = t.getCause()) {
                oom = t.getClassName().equals(OutOfMemoryError.class.getName());
            }
            if (oom) {
                outOfMemory.incrementAndGet();
            }
        }
    }
}
