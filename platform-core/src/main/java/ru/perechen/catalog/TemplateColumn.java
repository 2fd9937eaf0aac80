package ru.perechen.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A column of the agency's list: a standard one ({@code standard} set) or the agency's own
 * ({@code customType} set).
 *
 * @param options the values to choose from, for a {@link CustomColumnType#CHOICE} column
 */
public record TemplateColumn(UUID id, StandardColumn standard, CustomColumnType customType, String title, boolean visible,
                             List<String> options) {

    public TemplateColumn {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean isCustom() {
        return standard == null;
    }

    public TemplateColumnDraft toDraft() {
        return new TemplateColumnDraft(id, standard, customType, title, visible, options);
    }
}
