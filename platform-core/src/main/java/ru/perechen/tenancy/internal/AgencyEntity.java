package ru.perechen.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import ru.perechen.tenancy.AgencyType;

@Entity
@Table(name = "agency")
public class AgencyEntity {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private RegionEntity region;
    private String slug;
    private String fullName;
    private String shortName;
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type")
    private AgencyType type;
    private String officialSiteUrl;
    private String documentsSectionUrl;
    private boolean active = true;
    @Version
    private long version;

    protected AgencyEntity() {
    }

    public AgencyEntity(UUID id, RegionEntity region, String slug, String fullName, String shortName, AgencyType type) {
        this.id = id;
        this.region = region;
        this.slug = slug;
        this.fullName = fullName;
        this.shortName = shortName;
        this.type = type;
    }

    public UUID getId() {
        return id;
    }

    public RegionEntity getRegion() {
        return region;
    }

    public String getSlug() {
        return slug;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public AgencyType getType() {
        return type;
    }

    public String getOfficialSiteUrl() {
        return officialSiteUrl;
    }

    public String getDocumentsSectionUrl() {
        return documentsSectionUrl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setSiteUrls(String officialSiteUrl, String documentsSectionUrl) {
        this.officialSiteUrl = officialSiteUrl;
        this.documentsSectionUrl = documentsSectionUrl;
    }
}
