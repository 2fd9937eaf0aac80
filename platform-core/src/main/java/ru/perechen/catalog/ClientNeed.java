package ru.perechen.catalog;

import java.util.UUID;

/** A client need (удовлетворяемая потребность); {@code number} is null while retired. */
public record ClientNeed(UUID id, Integer number, String name, boolean retired, long version) {
}
