package ru.perechen.catalog;

import java.util.UUID;

/** A точка взаимодействия of the agency's catalogue: one channel instance, reused by many rows of the list. */
public record Touchpoint(UUID id, String name, ChannelKind kind, ChannelType type, String address, String workingHours,
                         String basis, boolean retired, long version) {
}
