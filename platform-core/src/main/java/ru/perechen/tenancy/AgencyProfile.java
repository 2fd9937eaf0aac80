package ru.perechen.tenancy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An agency's own profile settings (tenant-owned).
 *
 * @param publicationDeadlineWorkDays working days within which a new version must be on the website
 *                                    (5 by 000 §8, 002 §3.1, 003 §17)
 */
public record AgencyProfile(
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) String contactPhone,
        @Size(max = 500) String postalAddress,
        @Size(max = 200) String ccDeputyName,
        @Min(1) @Max(30) int publicationDeadlineWorkDays,
        long version,
        Instant updatedAt) {

    public static AgencyProfile defaults() {
        return new AgencyProfile(null, null, null, null, 5, 0, null);
    }
}
