package ru.perechen.feedback.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@org.hibernate.annotations.Immutable
@Table(name = "survey_version")
public class SurveyVersionEntity extends TenantOwnedEntity {

    private int number;
    private String title;
    private String preset;
    @ColumnTransformer(write = "?::jsonb")
    private String definition;
    private Instant createdAt;
    private String createdBy;

    protected SurveyVersionEntity() {
    }

    public SurveyVersionEntity(int number, String title, String preset, String definition, Instant createdAt, String createdBy) {
        this.number = number;
        this.title = title;
        this.preset = preset;
        this.definition = definition;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getPreset() { return preset; }
    public String getDefinition() { return definition; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
