package ru.perechen.register;

import java.util.UUID;

/**
 * A need a row satisfies, with the interaction done for it (column 5), named as it was when the row
 * was enacted.
 *
 * @param interaction free text describing the interaction for this need, or null
 */
public record EntryNeed(UUID needId, String name, String interaction) {
}
