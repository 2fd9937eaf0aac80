package ru.perechen.register;

import java.util.UUID;

/** A need chosen for a row, with an optional description of the interaction done for it. */
public record NeedInteraction(UUID needId, String interaction) {
}
