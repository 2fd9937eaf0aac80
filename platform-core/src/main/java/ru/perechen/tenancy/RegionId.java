package ru.perechen.tenancy;

import java.util.Objects;
import java.util.UUID;

/** Typed id of a region (субъект РФ). */
public record RegionId(UUID value) implements java.io.Serializable {

    public RegionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
