package ru.perechen.documents;

import java.util.List;
import java.util.UUID;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListRow;
import ru.perechen.register.RowChange;
import ru.perechen.register.RuleFinding;

/**
 * A file as the import understood it, before anything is written: its columns and how they map to
 * the agency's, every row with its findings, the rows of the current version it leaves out, what is
 * missing from the catalogues, the methodology's findings over the list it would make, and the
 * changes a confirmation turns into a change request, with their differences cell by cell.
 */
public record ImportPreview(String fileName, DocumentFormat format, int baseVersion, List<FileColumn> columns,
                            boolean mappingUnsure, List<ImportedRow> rows, List<ListRow> excluded, List<Finding> fileFindings,
                            List<MissingProcess> missingProcesses, List<MissingTouchpoint> missingTouchpoints,
                            List<RuleFinding> ruleFindings, List<RowChange> changes, ListDiff diff) {

    public enum Severity { ERROR, WARNING, INFO }

    public enum Status { ADDED, MODIFIED, UNCHANGED, REFUSED }

    /** Where in the file: a sheet (by name) or a table (by number), a row as the file numbers it, a column by its title. */
    public record Place(boolean sheet, String table, int row, String column) {
    }

    public record Finding(Severity severity, Place place, String messageKey, List<Object> arguments) {

        public Finding {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * A column of the file.
     *
     * @param title  its header as the file has it
     * @param column the agency's column it was mapped to, null when it is not read
     * @param sure   whether the title matched one the agency or the methodology uses, exactly
     */
    public record FileColumn(String title, TemplateColumn column, boolean sure) {
    }

    /**
     * @param understood the row as the import reads it (null when refused); its key is the current row's
     *                   when the row is already in the list
     * @param cells      the file's cells of the row, in the order of the file's columns
     */
    public record ImportedRow(Place place, Status status, ListRow understood, List<String> cells, List<Finding> findings) {
    }

    public record MissingProcess(String name, UUID groupId, String groupTitle) {
    }

    public record MissingTouchpoint(String name, ChannelType type, ChannelKind kind) {
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean hasErrors() {
        return fileFindings.stream().anyMatch(f -> f.severity() == Severity.ERROR)
                || rows.stream().anyMatch(r -> r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
    }

    /** Whether confirming would make a change request: no errors, and something to change. */
    public boolean confirmable() {
        return !hasErrors() && !changes.isEmpty();
    }
}
