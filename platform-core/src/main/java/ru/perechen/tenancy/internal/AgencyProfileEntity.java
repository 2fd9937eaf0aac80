package ru.perechen.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.perechen.tenancy.TenantOwnedEntity;

/** An agency's own profile settings: the first tenant-owned table. */
@Entity
@Table(name = "agency_profile")
public class AgencyProfileEntity extends TenantOwnedEntity {

    private String contactEmail;
    private String contactPhone;
    private String postalAddress;
    private String ccDeputyName;
    @Column(name = "publication_deadline_work_days")
    private int publicationDeadlineWorkDays = 5;
    private Instant updatedAt;
    private boolean hideInternalGroups;

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getCcDeputyName() {
        return ccDeputyName;
    }

    public int getPublicationDeadlineWorkDays() {
        return publicationDeadlineWorkDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isHideInternalGroups() {
        return hideInternalGroups;
    }

    public void updatePublication(int publicationDeadlineWorkDays, boolean hideInternalGroups, Instant now) {
        this.publicationDeadlineWorkDays = publicationDeadlineWorkDays;
        this.hideInternalGroups = hideInternalGroups;
        this.updatedAt = now;
    }

    public void update(String contactEmail, String contactPhone, String postalAddress, String ccDeputyName,
                       int publicationDeadlineWorkDays, Instant now) {
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.postalAddress = postalAddress;
        this.ccDeputyName = ccDeputyName;
        this.publicationDeadlineWorkDays = publicationDeadlineWorkDays;
        this.updatedAt = now;
    }
}
