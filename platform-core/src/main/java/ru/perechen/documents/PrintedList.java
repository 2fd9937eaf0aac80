package ru.perechen.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;

/**
 * A version of the list laid out as the agency prints it: the title block, its columns with their
 * titles in its order, the numbering row when configured, and every row's cells with the spans of
 * the direction cells (over the rows of a direction) and the process cell (over a process's rows).
 * Every writer — XLSX, DOCX, the public page — prints from this, so they cannot disagree.
 *
 * @param appendix the line above the title: «Приложение к приказу от … № …»
 */
public record PrintedList(String agencyName, String appendix, String title, List<Column> columns, boolean numberingRow,
                          List<Line> lines) {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** @param weight the column's share of the page width */
    public record Column(TemplateColumn column, String title, int weight) {

        /** Printed once per direction, spanning its rows. */
        public boolean spansGroup() {
            return column.standard() == StandardColumn.GROUP_NUMBER || column.standard() == StandardColumn.GROUP_NAME;
        }

        /** Printed once per process (and unit), spanning its rows. */
        public boolean spansProcess() {
            return column.standard() == StandardColumn.PROCESS;
        }

        /** How many rows this column's cell at {@code line} spans: 0 for a cell covered by the one above. */
        public int span(Line line) {
            return spansGroup() ? line.groupSpan() : spansProcess() ? line.processSpan() : 1;
        }
    }

    /**
     * @param groupSpan   the rows of the direction this row opens, 0 when it does not open one
     * @param processSpan the rows of the process (and unit) this row opens, 0 when it does not open one
     */
    public record Line(ListRow row, List<String> cells, int groupSpan, int processSpan) {
    }

    public static PrintedList of(String agencyName, ListVersion version, ListTemplate template, List<ListRow> rows) {
        return of(agencyName, appendix(version), template, rows);
    }

    /** The layout with its own line above the title (a draft order's «Приложение к приказу от … № …» left blank). */
    public static PrintedList of(String agencyName, String appendix, ListTemplate template, List<ListRow> rows) {
        List<Column> columns = template.printed().stream().map(c -> new Column(c, c.title(), weight(c))).toList();
        List<Line> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ListRow row = rows.get(i);
            boolean opensGroup = i == 0 || !Objects.equals(rows.get(i - 1).groupId(), row.groupId());
            boolean opensProcess = opensGroup || !sameProcess(rows.get(i - 1), row);
            int groupSpan = 0;
            int processSpan = 0;
            if (opensGroup) {
                int j = i + 1;
                while (j < rows.size() && Objects.equals(rows.get(j).groupId(), row.groupId())) {
                    j++;
                }
                groupSpan = j - i;
            }
            if (opensProcess) {
                int j = i + 1;
                while (j < rows.size() && Objects.equals(rows.get(j).groupId(), row.groupId()) && sameProcess(row, rows.get(j))) {
                    j++;
                }
                processSpan = j - i;
            }
            lines.add(new Line(row, columns.stream().map(c -> cell(c.column(), row)).toList(), groupSpan, processSpan));
        }
        return new PrintedList(agencyName, appendix, PrintedTexts.text("title"), columns, template.numberingRow(),
                List.copyOf(lines));
    }

    /** The cell of a column as printed: every row has the full text; spans decide where it is shown. */
    public static String cell(TemplateColumn column, ListRow row) {
        if (column.isCustom()) {
            return Objects.toString(row.customValues().get(column.id()), "");
        }
        return switch (column.standard()) {
            case GROUP_NUMBER -> row.groupNumber() == null ? "" : String.valueOf(row.groupNumber());
            case GROUP_NAME -> row.groupTitle();
            case PROCESS -> row.processName() + (row.unitName() == null ? "" : "\n(" + row.unitName() + ")");
            case TOUCHPOINT -> row.touchpointName();
            case NEEDS -> ListService.needsText(row.needs());
            case SPECIFICS -> specifics(row);
        };
    }

    /** Rule 4: the specifics, or the kind of the touchpoint when there are none. */
    public static String specifics(ListRow row) {
        return row.specifics() == null || row.specifics().isBlank() ? defaultSpecifics(row.kind()) : row.specifics();
    }

    /** Rule 4: empty specifics read as the kind of the touchpoint. */
    public static String defaultSpecifics(ChannelKind kind) {
        return PrintedTexts.text("specifics.default." + kind.name());
    }

    /** The line of a draft, for an order not signed yet. */
    public static String draftAppendix() {
        return PrintedTexts.text("appendix.draft");
    }

    public static String appendix(ListVersion version) {
        if (version.actNumber() != null && version.actDate() != null) {
            return PrintedTexts.text("appendix.act", DATE.format(version.actDate()), version.actNumber());
        }
        LocalDate on = LocalDate.ofInstant(version.enactedAt(), ru.perechen.calendar.CalendarService.ZONE);
        return PrintedTexts.text("appendix.no-act", String.valueOf(version.number()), DATE.format(on));
    }

    public int totalWeight() {
        return columns.stream().mapToInt(Column::weight).sum();
    }

    private static boolean sameProcess(ListRow a, ListRow b) {
        return Objects.equals(a.processId(), b.processId()) && Objects.equals(a.unitId(), b.unitId());
    }

    private static int weight(TemplateColumn column) {
        if (column.isCustom()) {
            return 14;
        }
        return switch (column.standard()) {
            case GROUP_NUMBER -> 7;
            case GROUP_NAME -> 16;
            case PROCESS -> 22;
            case TOUCHPOINT -> 18;
            case NEEDS -> 24;
            case SPECIFICS -> 17;
        };
    }
}
