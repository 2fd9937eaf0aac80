package ru.perechen.catalog;

import java.util.Arrays;
import java.util.List;

/** The template as the tenant admin enters it: every column, in the printed order. */
public record ListTemplateDraft(boolean numberingRow, List<TemplateColumnDraft> columns) {

    public ListTemplateDraft {
        columns = List.copyOf(columns);
    }

    /** The six columns of the methodology with its titles and the numbering row (000, 002, 004). */
    public static ListTemplateDraft methodology() {
        return new ListTemplateDraft(true, Arrays.stream(StandardColumn.values())
                .map(c -> TemplateColumnDraft.standard(c, c.methodologyTitle(), true)).toList());
    }
}
