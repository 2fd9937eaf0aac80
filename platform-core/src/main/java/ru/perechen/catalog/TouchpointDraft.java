package ru.perechen.catalog;

/** What a person enters for a touchpoint. */
public record TouchpointDraft(String name, ChannelKind kind, ChannelType type, String address, String workingHours,
                              String basis) {
}
