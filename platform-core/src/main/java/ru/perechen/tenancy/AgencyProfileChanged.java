package ru.perechen.tenancy;

import java.util.UUID;

/** Published inside the saving transaction when an agency's profile changed; {@code before} is null on creation. */
public record AgencyProfileChanged(UUID profileId, AgencyProfile before, AgencyProfile after) {
}
