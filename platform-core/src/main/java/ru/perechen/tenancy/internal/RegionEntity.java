package ru.perechen.tenancy.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "region")
public class RegionEntity {

    public static final int CODE_MAX = 8;
    public static final int NAME_MAX = 200;

    @Id
    private UUID id;
    private String code;
    private String name;
    @Version
    private long version;

    protected RegionEntity() {
    }

    public RegionEntity(UUID id, String code, String name) {
        this.id = id;
        this.code = code;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
