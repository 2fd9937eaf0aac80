package ru.perechen.catalog;

import java.util.List;

/**
 * How the agency prints its list: the columns in order, and whether a row numbering the columns
 * (1, 2, 3 …) follows the header, as in 001 Приложение 2.
 *
 * @param version for optimistic locking; -1 while the agency has not saved a template of its own
 */
public record ListTemplate(boolean numberingRow, List<TemplateColumn> columns, long version) {

    public ListTemplate {
        columns = List.copyOf(columns);
    }

    /** The columns that are printed, in order. */
    public List<TemplateColumn> printed() {
        return columns.stream().filter(TemplateColumn::visible).toList();
    }

    public ListTemplateDraft toDraft() {
        return new ListTemplateDraft(numberingRow, columns.stream().map(TemplateColumn::toDraft).toList());
    }
}
