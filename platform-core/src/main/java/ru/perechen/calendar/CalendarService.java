package ru.perechen.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.perechen.calendar.internal.CalendarDayEntity;
import ru.perechen.calendar.internal.CalendarDayRepository;
import ru.perechen.calendar.internal.CalendarYearEntity;
import ru.perechen.calendar.internal.CalendarYearRepository;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionId;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;

/**
 * Working days by the Russian production calendar, for every deadline of the platform: «N working
 * days after D» counts from the working day after D. Saturdays and Sundays are off unless the year's
 * decree made them working; holidays, moved days off and the region's own days off are off. A
 * deadline that reaches into a year not entered is refused ({@link CalendarYearMissingException}).
 */
@Service
public class CalendarService {

    public static final int MAX_WORKING_DAYS = 250;
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final int NOTE_MAX = 300;

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final Clock clock;
    private final ru.perechen.audit.PlatformAuditLog audit;

    CalendarService(CalendarYearRepository years, CalendarDayRepository days, Clock clock, ru.perechen.audit.PlatformAuditLog audit) {
        this.years = years;
        this.days = days;
        this.clock = clock;
        this.audit = audit;
    }

    /** The date {@code workingDays} working days after {@code from} (the first counted is the working day after it). */
    @Transactional(readOnly = true, noRollbackFor = CalendarYearMissingException.class)
    public LocalDate addWorkingDays(LocalDate from, int workingDays, RegionId region) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new InvalidSettingException("workingDays", "calendar.error.working-days", MAX_WORKING_DAYS);
        }
        Days known = new Days(region);
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (known.working(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}. */
    @Transactional(readOnly = true, noRollbackFor = CalendarYearMissingException.class)
    public int workingDaysBetween(LocalDate from, LocalDate to, RegionId region) {
        return workingDays(region).between(from, to);
    }

    /**
     * A counter of working days for many spans at once (a region's dashboard counts hundreds): each year
     * of the calendar is read once, on first use. Not thread-safe; use it within one piece of work.
     */
    public WorkingDays workingDays(RegionId region) {
        Days known = new Days(region);
        return (from, to) -> {
            LocalDate a = to.isBefore(from) ? to : from;
            LocalDate b = to.isBefore(from) ? from : to;
            int count = 0;
            for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
                if (known.working(day)) {
                    count++;
                }
            }
            return to.isBefore(from) ? -count : count;
        };
    }

    /** Working days after {@code from} up to and including {@code to} (negative when {@code to} is before it). */
    @FunctionalInterface
    public interface WorkingDays {
        /** @throws CalendarYearMissingException when a year of the span is not entered */
        int between(LocalDate from, LocalDate to);
    }

    @Transactional(readOnly = true, noRollbackFor = CalendarYearMissingException.class)
    public boolean isWorkingDay(LocalDate day, RegionId region) {
        return new Days(region).working(day);
    }

    /** Today in Moscow time, as every deadline of the platform counts it. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @Transactional(readOnly = true)
    public List<CalendarYear> years() {
        Map<Integer, Long> federal = new HashMap<>();
        days.findAll().stream().filter(d -> d.getRegionId() == null)
                .forEach(d -> federal.merge(d.getDay().getYear(), 1L, Long::sum));
        return years.findAllByOrderByYearDesc().stream().map(y -> new CalendarYear(y.getYear(), y.getDecree(), y.getEnteredBy(),
                y.getEnteredAt(), federal.getOrDefault(y.getYear(), 0L))).toList();
    }

    /** The first year from today up to {@code horizonDays} ahead whose calendar is not entered: what deadlines will soon need. */
    @Transactional(readOnly = true)
    public Optional<Integer> missingYearWithin(int horizonDays) {
        Set<Integer> entered = years.findAll().stream().map(CalendarYearEntity::getYear).collect(Collectors.toSet());
        LocalDate today = today();
        for (int y = today.getYear(); y <= today.plusDays(horizonDays).getYear(); y++) {
            if (!entered.contains(y)) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /** The days of a year that differ from Monday–Friday: federal ones and, when given, the region's. */
    @Transactional(readOnly = true)
    public List<CalendarDay> days(int year, RegionId region) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(d -> d.getRegionId() == null || (region != null && d.getRegionId().equals(region.value())))
                .map(CalendarService::toRecord).toList();
    }

    /** Enters a year: the decree and the days that differ from Monday–Friday (holidays, moved days off, working Saturdays). */
    @Transactional
    public CalendarYear enterYear(int year, String decree, List<DayEntry> entries) {
        requirePlatformAdmin();
        if (year < 2000 || year > 2100) {
            throw new InvalidSettingException("year", "calendar.error.year", year);
        }
        if (years.existsById(year)) {
            throw new InvalidSettingException("year", "calendar.error.year-exists", year);
        }
        String cleanDecree = decree == null ? "" : decree.strip();
        if (cleanDecree.isEmpty() || cleanDecree.length() > 300) {
            throw new InvalidSettingException("decree", "calendar.error.decree");
        }
        Set<LocalDate> seen = new java.util.HashSet<>();
        List<CalendarDayEntity> toSave = new ArrayList<>();
        for (DayEntry e : entries) {
            if (e.day() == null || e.day().getYear() != year) {
                throw new InvalidSettingException("days", "calendar.error.day-outside-year", e.day() == null ? "" : e.day().toString(), year);
            }
            if (!seen.add(e.day())) {
                throw new InvalidSettingException("days", "calendar.error.day-twice", e.day().toString());
            }
            boolean weekend = e.day().getDayOfWeek() == DayOfWeek.SATURDAY || e.day().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (e.kind() == DayKind.WORKING && !weekend) {
                throw new InvalidSettingException("days", "calendar.error.working-weekday", e.day().toString());
            }
            toSave.add(new CalendarDayEntity(e.day(), e.kind(), null, note(e.note())));
        }
        CalendarYearEntity saved = years.saveAndFlush(new CalendarYearEntity(year, cleanDecree, actorName(), clock.instant()));
        days.saveAll(toSave);
        days.flush();
        audit.record("CalendarYear", String.valueOf(year), "CREATED", year + ": " + cleanDecree,
                java.util.Map.of("year", year, "decree", cleanDecree, "days", toSave.size()));
        return new CalendarYear(saved.getYear(), saved.getDecree(), saved.getEnteredBy(), saved.getEnteredAt(), toSave.size());
    }

    /** A day off a region declares (e.g. a regional holiday); it counts for that region's agencies only. */
    @Transactional
    public CalendarDay addRegionalDayOff(RegionId region, LocalDate day, String note) {
        requirePlatformAdmin();
        if (region == null) {
            throw new InvalidSettingException("region", "calendar.error.region-required");
        }
        if (day == null) {
            throw new InvalidSettingException("day", "calendar.error.day-required");
        }
        boolean exists = days.findByDayBetweenOrderByDay(day, day).stream()
                .anyMatch(d -> region.value().equals(d.getRegionId()));
        if (exists) {
            throw new InvalidSettingException("day", "calendar.error.day-twice", day.toString());
        }
        CalendarDay added = toRecord(days.saveAndFlush(new CalendarDayEntity(day, DayKind.DAY_OFF, region.value(), note(note))));
        audit.record("CalendarDay", added.id().toString(), "CREATED", day + " " + (added.note() == null ? "" : added.note()),
                java.util.Map.of("day", day.toString(), "region", region.toString()));
        return added;
    }

    @Transactional
    public void removeRegionalDay(UUID id) {
        requirePlatformAdmin();
        CalendarDayEntity day = days.findById(id).filter(d -> d.getRegionId() != null)
                .orElseThrow(() -> new InvalidSettingException("day", "calendar.error.not-regional"));
        days.delete(day);
        audit.record("CalendarDay", id.toString(), "REMOVED", day.getDay().toString(), null);
    }

    /** One day of a year being entered. */
    public record DayEntry(LocalDate day, DayKind kind, String note) {
    }

    /** The federal holidays of a year (Labor Code art. 112): what a new year's form starts with. */
    public static List<DayEntry> federalHolidays(int year) {
        List<DayEntry> list = new ArrayList<>();
        for (int d = 1; d <= 8; d++) {
            list.add(new DayEntry(LocalDate.of(year, 1, d), DayKind.HOLIDAY, d == 7 ? "Рождество Христово" : "Новогодние каникулы"));
        }
        list.add(new DayEntry(LocalDate.of(year, 2, 23), DayKind.HOLIDAY, "День защитника Отечества"));
        list.add(new DayEntry(LocalDate.of(year, 3, 8), DayKind.HOLIDAY, "Международный женский день"));
        list.add(new DayEntry(LocalDate.of(year, 5, 1), DayKind.HOLIDAY, "Праздник Весны и Труда"));
        list.add(new DayEntry(LocalDate.of(year, 5, 9), DayKind.HOLIDAY, "День Победы"));
        list.add(new DayEntry(LocalDate.of(year, 6, 12), DayKind.HOLIDAY, "День России"));
        list.add(new DayEntry(LocalDate.of(year, 11, 4), DayKind.HOLIDAY, "День народного единства"));
        return list;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String clean = note.strip();
        return clean.length() > NOTE_MAX ? clean.substring(0, NOTE_MAX) : clean;
    }

    private static CalendarDay toRecord(CalendarDayEntity e) {
        return new CalendarDay(e.getId(), e.getDay(), e.getKind(), e.getRegionId() == null ? null : new RegionId(e.getRegionId()),
                e.getNote());
    }

    private static void requirePlatformAdmin() {
        Access.PLATFORM.require();
    }

    private static String actorName() {
        return TenantContext.principal().map(TenantPrincipal::actorName).orElse("system");
    }

    /** The calendar as far as one computation reads it: each year loaded once. */
    private final class Days {

        private final RegionId region;
        private final Map<Integer, Map<LocalDate, DayKind>> byYear = new HashMap<>();
        private Set<Integer> entered;

        Days(RegionId region) {
            this.region = region;
        }

        boolean working(LocalDate day) {
            DayKind kind = year(day.getYear()).get(day);
            if (kind != null) {
                return !kind.off();
            }
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        private Map<LocalDate, DayKind> year(int year) {
            return byYear.computeIfAbsent(year, y -> {
                if (entered == null) {
                    entered = years.findAll().stream().map(CalendarYearEntity::getYear).collect(Collectors.toSet());
                }
                if (!entered.contains(y)) {
                    throw new CalendarYearMissingException(y);
                }
                Map<LocalDate, DayKind> map = new HashMap<>();
                for (CalendarDayEntity d : days.findByDayBetweenOrderByDay(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))) {
                    if (d.getRegionId() == null) {
                        map.putIfAbsent(d.getDay(), d.getKind());
                    } else if (region != null && d.getRegionId().equals(region.value())) {
                        // a region's day off wins over the federal working day
                        map.put(d.getDay(), d.getKind());
                    }
                }
                return map;
            });
        }
    }
}
