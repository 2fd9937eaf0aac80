package ru.perechen.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeldBodiesTest {

    private static final int MB = 1024 * 1024;

    @Test
    void past_the_budget_a_body_is_refused_before_it_is_read_and_the_budget_comes_back_afterwards() throws Exception {
        HeldBodies held = new HeldBodies(30);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> held.holding(20 * MB, () -> {
            holding.countDown();
            await(release);
            return "stored";
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        boolean[] read = {false};
        assertThatThrownBy(() -> held.holding(20 * MB, () -> read[0] = true)).isInstanceOf(HeldBodies.Busy.class);
        assertThat(read[0]).as("the refused body is not read").isFalse();
        assertThat(held.holding(10 * MB, () -> "a small one fits beside")).isEqualTo("a small one fits beside");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("stored");
        assertThat(held.holding(20 * MB, () -> "next")).isEqualTo("next");
    }

    @Test
    void a_failing_request_gives_its_share_back() {
        HeldBodies held = new HeldBodies(20);
        assertThatThrownBy(() -> held.holding(20 * MB, () -> {
            throw new IllegalStateException("broken body");
        })).hasMessage("broken body");
        assertThat(held.holding(20 * MB, () -> "again")).isEqualTo("again");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
