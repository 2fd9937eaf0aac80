package ru.perechen.register.ui;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;

/** What a cell of the list shows, column by column, as the printed form has it. */
public final class ListCells {

    private ListCells() {
    }

    /**
     * @param newGroup   whether the row opens its direction (columns 1–2 are printed once per direction)
     * @param newProcess whether the row opens its process (column 3 is printed once per process and unit)
     */
    public static String cell(Component context, TemplateColumn column, ListRow row, boolean newGroup, boolean newProcess) {
        if (column.isCustom()) {
            return Objects.toString(row.customValues().get(column.id()), "");
        }
        return switch (column.standard()) {
            case GROUP_NUMBER -> newGroup && row.groupNumber() != null ? String.valueOf(row.groupNumber()) : "";
            case GROUP_NAME -> newGroup ? row.groupTitle() : "";
            case PROCESS -> newProcess ? row.processName() + (row.unitName() == null ? "" : "\n(" + row.unitName() + ")") : "";
            case TOUCHPOINT -> row.touchpointName();
            case NEEDS -> ListService.needsText(row.needs());
            case SPECIFICS -> specifics(context, row);
        };
    }

    /** Rule 4: empty specifics read as the touchpoint's kind. */
    public static String specifics(Component context, ListRow row) {
        return row.specifics() == null || row.specifics().isBlank()
                ? context.getTranslation("list.specifics.default." + row.kind().name()) : row.specifics();
    }
}
