package ru.perechen.register;

import java.util.List;
import java.util.UUID;

/**
 * One place where the list breaks a rule.
 *
 * @param subject   what the finding is about, as a person reads it (a process, a group, a touchpoint)
 * @param entryKeys the rows concerned (empty when the finding is about something missing)
 */
public record RuleFinding(ListRule rule, String subject, List<UUID> entryKeys) {

    public RuleFinding {
        entryKeys = List.copyOf(entryKeys);
    }
}
