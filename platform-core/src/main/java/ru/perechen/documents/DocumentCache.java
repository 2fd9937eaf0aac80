package ru.perechen.documents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The documents of released versions, each built once and kept as bytes. A key names everything the
 * bytes are made of (the agency, the open page's tag — version, release, template, settings, names —
 * and the format), so an entry is never stale: when anything changes, the key does. Bounded by total
 * size; entries nobody asked for in a day go. Each node keeps its own: a document is a few hundred
 * kilobytes, built in well under a second, so a cluster builds it once per node, not per request.
 */
final class DocumentCache {

    private final Cache<String, byte[]> documents;
    private final AtomicLong builds = new AtomicLong();

    DocumentCache(long maxBytes) {
        this.documents = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String key, byte[] bytes) -> bytes.length)
                .expireAfterAccess(Duration.ofDays(1)).build();
    }

    /** The document under the key, built by {@code build} only if it is not kept yet (once, however many ask at once). */
    byte[] get(String key, Supplier<byte[]> build) {
        return documents.get(key, k -> {
            builds.incrementAndGet();
            return build.get();
        });
    }

    /** How many documents were built since the start: a second request for one must not add to it. */
    long builds() {
        return builds.get();
    }
}
