package ru.perechen.people;

import java.util.List;

/** The staff page: the agency's people by name, and the warnings about who is missing. */
public record Staffing(List<Person> people, List<StaffingWarning> warnings) {

    public Staffing {
        people = List.copyOf(people);
        warnings = List.copyOf(warnings);
    }
}
