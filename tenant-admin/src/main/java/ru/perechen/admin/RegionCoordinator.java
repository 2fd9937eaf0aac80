package ru.perechen.admin;

import java.time.Instant;
import java.util.UUID;
import ru.perechen.tenancy.RegionId;

/**
 * A regional coordinator as the platform knows them: who coordinates which region, assigned when and by
 * whom, and where the weekly digest goes.
 */
public record RegionCoordinator(UUID id, RegionId region, String regionCode, String username, String displayName, String email,
                                Instant assignedAt, String assignedBy) implements java.io.Serializable {
}
