package ru.perechen.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.perechen.catalog.CustomColumnType;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.tenancy.TenantOwnedEntity;

@Entity
@Table(name = "template_column")
public class TemplateColumnEntity extends TenantOwnedEntity {

    public static final int TITLE_MAX = 300;
    public static final int OPTIONS_MAX = 4000;

    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "standard_code")
    private StandardColumn standard;
    @Enumerated(EnumType.STRING)
    private CustomColumnType customType;
    private String title;
    private boolean visible;
    /** Values of a choice column, one per line. */
    private String options;

    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public StandardColumn getStandard() { return standard; }
    public void setStandard(StandardColumn standard) { this.standard = standard; }
    public CustomColumnType getCustomType() { return customType; }
    public void setCustomType(CustomColumnType customType) { this.customType = customType; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public boolean isVisible() { return visible; }
    public void setVisible(boolean visible) { this.visible = visible; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
}
