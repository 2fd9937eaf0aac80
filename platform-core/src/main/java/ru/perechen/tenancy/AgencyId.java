package ru.perechen.tenancy;

import java.util.Objects;
import java.util.UUID;

/** Typed id of an agency (орган власти), the tenant. */
public record AgencyId(UUID value) implements java.io.Serializable {

    public AgencyId {
        Objects.requireNonNull(value, "value");
    }

    public static AgencyId of(String value) {
        return new AgencyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
