package ru.perechen.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDayEntity, UUID> {

    List<CalendarDayEntity> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
