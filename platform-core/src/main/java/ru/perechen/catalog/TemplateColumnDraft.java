package ru.perechen.catalog;

import java.util.List;
import java.util.UUID;

/** A column as the tenant admin enters it; {@code id} is null for a new column of the agency's own. */
public record TemplateColumnDraft(UUID id, StandardColumn standard, CustomColumnType customType, String title,
                                  boolean visible, List<String> options) {

    public TemplateColumnDraft {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static TemplateColumnDraft standard(StandardColumn column, String title, boolean visible) {
        return new TemplateColumnDraft(null, column, null, title, visible, List.of());
    }

    public static TemplateColumnDraft custom(CustomColumnType type, String title, List<String> options) {
        return new TemplateColumnDraft(null, null, type, title, true, options);
    }
}
