package ru.perechen.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParseGateTest {

    @Test
    void a_parse_beyond_the_nodes_slots_is_refused_at_once_and_a_slot_is_given_back_after_a_failure() throws Exception {
        ParseGate gate = new ParseGate(2);
        CountDownLatch holding = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = two.submit(() -> gate.parse(() -> hold(holding, release)));
            Future<?> b = two.submit(() -> gate.parse(() -> hold(holding, release)));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> gate.parse(() -> "третий")).isInstanceOf(ParseGate.Busy.class);
            release.countDown();
            a.get(10, TimeUnit.SECONDS);
            b.get(10, TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        assertThatThrownBy(() -> gate.parse(() -> {
            throw new DocumentRejectedException("import.reject.corrupted");
        })).isInstanceOf(DocumentRejectedException.class);
        assertThat(gate.parse(() -> "снова можно")).isEqualTo("снова можно");
        assertThat(gate.parse(() -> gate.parse(() -> "два сразу"))).isEqualTo("два сразу");
    }

    private static String hold(CountDownLatch holding, CountDownLatch release) {
        holding.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "разобран";
    }
}
