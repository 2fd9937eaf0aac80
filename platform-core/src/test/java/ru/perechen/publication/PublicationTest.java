package ru.perechen.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;
import static ru.perechen.coretest.TestPrincipals.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.register.Enactment;
import ru.perechen.register.ListService;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencyId;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/** The publication deadline of a version, day by day on an injected clock, by the 2026 production calendar. */
@SpringBootTest(classes = {CoreTestApplication.class, PublicationTest.Clocks.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @TestConfiguration
    static class Clocks {
        @Bean
        @org.springframework.context.annotation.Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** A clock the test moves: the platform reads time only through the injected {@link Clock}. */
    static class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void set(LocalDate day) {
            now = LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(MOSCOW).toInstant();
        }

        @Override public ZoneId getZone() { return MOSCOW; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Autowired MovableClock clock;
    @Autowired AgencyDirectory directory;
    @Autowired ListService list;
    @Autowired PublicationService publications;
    @Autowired ru.perechen.workflow.ReviewTaskService review;

    AgencyId agency;
    AgencyId other;
    TenantPrincipal cc;

    @BeforeAll
    void an_agency_with_its_site() {
        TenantContext.callAsSystem(() -> {
            RegionId region = directory.registerRegion("92", "Область размещения");
            agency = directory.registerAgency(new AgencyDirectory.NewAgency(region, "pub-a", "Министерство Р", "Министерство Р",
                    AgencyType.MINISTRY, "https://pub-a.example.ru", "https://pub-a.example.ru/documents"));
            other = directory.registerAgency(new AgencyDirectory.NewAgency(region, "pub-b", "Инспекция Р", "Инспекция Р",
                    AgencyType.INSPECTION, "https://pub-b.example.ru", null));
            return null;
        });
        cc = person(agency, "pub-cc", "Елена Ковалёва", Role.CC_DEPUTY);
    }

    @Test
    void a_version_enacted_on_30_april_is_due_on_8_may_and_goes_due_soon_then_overdue_then_published_late() {
        clock.set(LocalDate.of(2026, 4, 30));
        int number = enact();
        Publication awaiting = as(cc, () -> publications.forVersion(number)).orElseThrow();
        assertThat(awaiting.dueOn()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(awaiting.state()).isEqualTo(PublicationState.AWAITING);
        assertThat(awaiting.daysLeft()).isEqualTo(5);

        clock.set(LocalDate.of(2026, 5, 7));
        assertThat(state(number)).isEqualTo(PublicationState.DUE_SOON);
        clock.set(LocalDate.of(2026, 5, 8));
        assertThat(state(number)).isEqualTo(PublicationState.DUE_SOON);
        clock.set(LocalDate.of(2026, 5, 12));
        assertThat(state(number)).isEqualTo(PublicationState.OVERDUE);

        Publication p = as(cc, () -> publications.forVersion(number)).orElseThrow();
        assertThat(refusal(() -> publications.markPublished(number, p.version(), "https://elsewhere.example.ru/doc", LocalDate.of(2026, 5, 12))))
                .isEqualTo("publication.error.not-official-site");
        assertThat(refusal(() -> publications.markPublished(number, p.version(), "сайт министерства", LocalDate.of(2026, 5, 12))))
                .isEqualTo("publication.error.url");
        assertThat(refusal(() -> publications.markPublished(number, p.version(), "https://pub-a.example.ru/documents/perechen",
                LocalDate.of(2026, 4, 29)))).isEqualTo("publication.error.before-enactment");
        assertThat(refusal(() -> publications.markPublished(number, p.version(), "https://pub-a.example.ru/documents/perechen",
                LocalDate.of(2026, 5, 13)))).isEqualTo("publication.error.future");
        assertThatThrownBy(() -> as(person(agency, "pub-viewer", "Мария", Role.VIEWER), () -> publications.markPublished(number,
                p.version(), "https://pub-a.example.ru/documents/perechen", LocalDate.of(2026, 5, 12))))
                .isInstanceOf(AccessDeniedToTenantException.class);
        Publication late = as(cc, () -> publications.markPublished(number, p.version(), "https://www.pub-a.example.ru/documents/perechen",
                LocalDate.of(2026, 5, 12)));
        assertThat(late.state()).isEqualTo(PublicationState.PUBLISHED_LATE);
        assertThat(late.publishedBy()).isEqualTo("Елена Ковалёва");
    }

    @Test
    void a_version_published_within_the_deadline_is_on_time_and_another_agency_sees_none_of_it() {
        clock.set(LocalDate.of(2026, 11, 30));
        int number = enact();
        Publication p = as(cc, () -> publications.forVersion(number)).orElseThrow();
        assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        clock.set(LocalDate.of(2026, 12, 7));
        Publication onTime = as(cc, () -> publications.markPublished(number, p.version(), "https://pub-a.example.ru/documents/perechen",
                LocalDate.of(2026, 12, 7)));
        assertThat(onTime.state()).isEqualTo(PublicationState.PUBLISHED_ON_TIME);
        assertThat(as(person(other, "pub-b-cc", "Чужой", Role.CC_DEPUTY), publications::list)).isEmpty();
    }

    @Test
    void a_deadline_that_reaches_a_year_not_entered_says_so_instead_of_guessing() {
        clock.set(LocalDate.of(2026, 12, 28));
        int number = enact();
        Publication p = as(cc, () -> publications.forVersion(number)).orElseThrow();
        assertThat(p.state()).isEqualTo(PublicationState.CALENDAR_MISSING);
        assertThat(p.dueOn()).isNull();
        assertThat(p.calendarMissing()).isEqualTo(2027);
    }

    @Test
    void an_overdue_publication_becomes_a_review_task_that_closes_once_it_is_published() {
        clock.set(LocalDate.of(2026, 6, 1));
        int number = enact();
        clock.set(LocalDate.of(2026, 6, 15));
        assertThat(as(cc, review::checkDeadlines)).isPositive();
        assertThat(as(cc, review::open)).anyMatch(t -> t.reason() == ru.perechen.workflow.ReviewTask.Reason.PUBLICATION_OVERDUE
                && t.subject().equals("Редакция № " + number));
        assertThat(as(cc, review::checkDeadlines)).as("the same ground is one task").isZero();
        Publication p = as(cc, () -> publications.forVersion(number)).orElseThrow();
        as(cc, () -> publications.markPublished(number, p.version(), "https://pub-a.example.ru/documents/p", LocalDate.of(2026, 6, 15)));
        as(cc, review::checkDeadlines);
        assertThat(as(cc, review::open)).noneMatch(t -> t.subject().equals("Редакция № " + number));
    }

    private int enact() {
        return as(cc, () -> list.enact(new Enactment(null, null, null, null, null, List.of()))).number();
    }

    private PublicationState state(int number) {
        return as(cc, () -> publications.forVersion(number)).orElseThrow().state();
    }

    private String refusal(Runnable action) {
        return catchThrowableOfType(InvalidSettingException.class, () -> as(cc, () -> {
            action.run();
            return null;
        })).messageKey();
    }
}
