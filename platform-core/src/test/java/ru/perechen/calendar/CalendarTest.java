package ru.perechen.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.perechen.coretest.TestPrincipals.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.perechen.coretest.CoreTestApplication;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/** Working days by the production calendars of 2024–2026 as the decrees set them, on the migrated data. */
@SpringBootTest(classes = CoreTestApplication.class)
class CalendarTest {

    @Autowired CalendarService calendar;
    @Autowired AgencyDirectory directory;
    @Autowired ru.perechen.audit.PlatformAuditLog platformAudit;

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // the cases
            "2024-04-26, 5, 2024-05-07",
            "2025-04-30, 5, 2025-05-13",
            "2025-10-31, 5, 2025-11-10",
            // derived from the decrees: the working Saturday of 27.04.2024 counts, the moved 29–30 April do not
            "2024-04-25, 1, 2024-04-26",
            "2024-04-26, 1, 2024-04-27",
            "2024-04-27, 1, 2024-05-02",
            // New Year 2025: 28.12.2024 is a working Saturday, 30–31 December and 1–8 January are off
            "2024-12-27, 1, 2024-12-28",
            "2024-12-28, 1, 2025-01-09",
            // 13.06.2025 moved, 12.06 a holiday
            "2025-06-11, 1, 2025-06-16",
            // 2026: 9 January and 9 March are off, 11 May too; 31 December 2026 is off
            "2026-01-08, 1, 2026-01-12",
            "2026-03-06, 1, 2026-03-10",
            "2026-05-08, 1, 2026-05-12",
            "2026-12-29, 1, 2026-12-30",
            // an ordinary week: counting starts on the working day after the event
            "2026-11-30, 5, 2026-12-07",
            "2026-12-01, 0, 2026-12-01"
    })
    void n_working_days_after_a_date(LocalDate from, int days, LocalDate deadline) {
        assertThat(calendar.addWorkingDays(from, days, null)).isEqualTo(deadline);
    }

    @Test
    void working_days_between_count_the_days_after_the_first_up_to_the_last() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 13), null)).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 13), LocalDate.of(2026, 4, 30), null)).isEqualTo(-7);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 12), null)).isEqualTo(1);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 1), null)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 3), null)).isFalse();
    }

    @Test
    void a_deadline_reaching_into_a_year_not_entered_is_refused_not_counted_as_monday_to_friday() {
        var missing = catchThrowableOfType(CalendarYearMissingException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2026, 12, 29), 3, null));
        assertThat(missing.year()).isEqualTo(2027);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 29), 1, null)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(calendar.years()).extracting(CalendarYear::year).contains(2026, 2025, 2024).doesNotContain(2027);
        assertThat(calendar.years()).filteredOn(y -> y.year() == 2026).singleElement()
                .satisfies(y -> assertThat(y.decree()).isEqualTo("Постановление Правительства РФ от 24.09.2025 № 1466"));
    }

    @Test
    void a_regional_day_off_counts_for_its_region_only_and_only_the_platform_admin_enters_the_calendar() {
        TenantPrincipal admin = platformAdmin();
        RegionId region = TenantContext.callAsSystem(() -> directory.registerRegion("91", "Область календаря"));
        as(admin, () -> calendar.addRegionalDayOff(region, LocalDate.of(2026, 6, 10), "День области"));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 9), 1, region)).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 6, 9), 1, null)).isEqualTo(LocalDate.of(2026, 6, 10));
        var twice = catchThrowableOfType(InvalidSettingException.class,
                () -> as(admin, () -> calendar.addRegionalDayOff(region, LocalDate.of(2026, 6, 10), "Ещё раз")));
        assertThat(twice.messageKey()).isEqualTo("calendar.error.day-twice");
        assertThatThrownBy(() -> as(ru.perechen.coretest.TestPrincipals.coordinator(region),
                () -> calendar.addRegionalDayOff(region, LocalDate.of(2026, 6, 11), null)))
                .isInstanceOf(AccessDeniedToTenantException.class);
    }

    @Test
    void a_new_year_is_entered_whole_with_its_decree_and_bad_days_are_refused() {
        TenantPrincipal admin = platformAdmin();
        List<CalendarService.DayEntry> days = new ArrayList<>(CalendarService.federalHolidays(2030));
        days.add(new CalendarService.DayEntry(LocalDate.of(2030, 5, 2), DayKind.WORKING, "не суббота"));
        var weekday = catchThrowableOfType(InvalidSettingException.class,
                () -> as(admin, () -> calendar.enterYear(2030, "Постановление № 1", days)));
        assertThat(weekday.messageKey()).isEqualTo("calendar.error.working-weekday");
        assertThat(calendar.years()).extracting(CalendarYear::year).doesNotContain(2030);
        days.removeLast();
        days.add(new CalendarService.DayEntry(LocalDate.of(2030, 5, 4), DayKind.WORKING, "Рабочая суббота"));
        CalendarYear entered = as(admin, () -> calendar.enterYear(2030, "Постановление Правительства РФ № 1", days));
        assertThat(entered.federalDays()).isEqualTo(15);
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 5, 4), null)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 7), null)).isFalse();
        var again = catchThrowableOfType(InvalidSettingException.class,
                () -> as(admin, () -> calendar.enterYear(2030, "Ещё раз", List.of())));
        assertThat(again.messageKey()).isEqualTo("calendar.error.year-exists");
        // the platform's own log has it, chained like an agency's
        assertThat(as(admin, () -> platformAudit.recent(10))).anySatisfy(e -> {
            assertThat(e.entityType()).isEqualTo("CalendarYear");
            assertThat(e.summary()).isEqualTo("2030: Постановление Правительства РФ № 1");
            assertThat(e.actorName()).isEqualTo("Администратор платформы");
        });
        assertThat(as(admin, platformAudit::verify).intact()).isTrue();
        assertThatThrownBy(() -> as(ru.perechen.coretest.TestPrincipals.coordinator(new RegionId(java.util.UUID.randomUUID())),
                () -> platformAudit.recent(10))).isInstanceOf(AccessDeniedToTenantException.class);
    }

    private static TenantPrincipal platformAdmin() {
        return new TenantPrincipal() {
            public Optional<ru.perechen.tenancy.AgencyId> agencyId() { return Optional.empty(); }
            public Optional<RegionId> coordinatedRegion() { return Optional.empty(); }
            public Set<Role> roles() { return Set.of(Role.PLATFORM_ADMIN); }
            public String actorId() { return "platform-admin"; }
            public String actorName() { return "Администратор платформы"; }
        };
    }
}
