package ru.perechen.calendar.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarYearRepository extends JpaRepository<CalendarYearEntity, Integer> {

    List<CalendarYearEntity> findAllByOrderByYearDesc();
}
