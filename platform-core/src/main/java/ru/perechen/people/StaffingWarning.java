package ru.perechen.people;

import java.util.List;

/**
 * Where the agency's configuration needs people it does not have.
 *
 * @param subject what the warning is about: the unit's name, the step's position, the role's code
 * @param details for {@link Kind#STEP_FINDS_NOBODY}, the processes whose requests could not pass the step
 */
public record StaffingWarning(Kind kind, String subject, List<String> details) {

    public StaffingWarning {
        details = List.copyOf(details);
    }

    public enum Kind {
        /** An open unit nobody heads: the «руководитель подразделения» step finds nobody for its processes. */
        UNIT_WITHOUT_HEAD,
        /** A step of the approval chain in force names nobody for some processes. */
        STEP_FINDS_NOBODY,
        /** A role the agency's work needs — or that the chain names — that nobody holds. */
        ROLE_NOBODY_HOLDS;

        public String messageKey() {
            return "people.warning." + name();
        }
    }
}
