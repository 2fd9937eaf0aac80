package ru.perechen.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import ru.perechen.coretest.CoreTestApplication;

/**
 * After a start the regions are counted ahead: the application's ready event, published as Spring Boot
 * publishes it, has each agency's version in force counted on a thread of its own — kept before anyone opens
 * the dashboard.
 */
@SpringBootTest(classes = {CoreTestApplication.class, RegionDashboardTest.Clocks.class}, properties = "perechen.region.warm-up=true")
@DirtiesContext
class RegionWarmUpTest {

    @Autowired ConfigurableApplicationContext context;
    @Autowired RegionDashboardFixture.MovableClock clock;
    @Autowired RegionWarmUp warmUp;
    @Autowired RegionFindings findings;

    @Test
    void the_ready_application_counts_every_region_ahead() throws InterruptedException {
        RegionDashboardFixture fixture = RegionDashboardFixture.build(context, clock);
        assertThat(findings.kept(fixture.ministry.value())).as("nobody has opened the dashboard").isFalse();
        int before = warmUp.counted();

        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(CoreTestApplication.class), new String[0], context,
                Duration.ZERO));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(findings.kept(fixture.ministry.value()) && findings.kept(fixture.inspection.value())) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(findings.kept(fixture.ministry.value())).isTrue();
        assertThat(findings.kept(fixture.inspection.value())).isTrue();
        while (warmUp.counted() < before + 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(warmUp.counted()).as("the region and its neighbour").isGreaterThanOrEqualTo(before + 2);
    }
}
