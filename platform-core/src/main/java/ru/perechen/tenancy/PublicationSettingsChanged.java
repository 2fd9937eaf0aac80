package ru.perechen.tenancy;

import java.util.UUID;

/** Announced after the publication settings of the current agency changed, for the audit. */
public record PublicationSettingsChanged(UUID profileId, PublicationSettings before, PublicationSettings after) {
}
