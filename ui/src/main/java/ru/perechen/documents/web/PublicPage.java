package ru.perechen.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.documents.PrintedList;
import ru.perechen.documents.PublicListService;
import ru.perechen.documents.PublicListService.PublicList;

/**
 * The open page's table, shaped for reading (and for screen readers): one row group per direction
 * headed by its title, the process named on every row (shown once per process on wide screens), and
 * the agency's other printed columns as cells, each labelled for narrow screens.
 */
public record PublicPage(List<String> titles, List<Group> groups, int rows) {

    record Group(String title, List<Row> rows) {
    }

    /** @param continues whether the process is the same as in the row above */
    record Row(String process, boolean continues, List<Cell> cells) {
    }

    record Cell(String label, String text) {
    }

    static PublicPage of(PublicList page, PublicListService.PublicContent content) {
        if (page.shown() == null) {
            return new PublicPage(List.of(), List.of(), 0);
        }
        PrintedList printed = content.printed();
        List<Integer> shown = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int processColumn = -1;
        for (int c = 0; c < printed.columns().size(); c++) {
            PrintedList.Column column = printed.columns().get(c);
            if (column.spansGroup()) {
                continue;
            }
            if (column.column().standard() == StandardColumn.PROCESS) {
                processColumn = c;
            } else {
                shown.add(c);
            }
            titles.add(column.title());
        }
        List<Group> groups = new ArrayList<>();
        List<Row> current = null;
        String previousProcess = null;
        for (PrintedList.Line line : printed.lines()) {
            if (line.groupSpan() > 0) {
                current = new ArrayList<>();
                String number = line.row().groupNumber() == null ? "" : line.row().groupNumber() + ". ";
                groups.add(new Group(number + line.row().groupTitle(), current));
                previousProcess = null;
            }
            String process = processColumn < 0 ? "" : line.cells().get(processColumn);
            List<Cell> cells = new ArrayList<>();
            for (int c : shown) {
                cells.add(new Cell(printed.columns().get(c).title(), line.cells().get(c)));
            }
            Objects.requireNonNull(current).add(new Row(process, process.equals(previousProcess), cells));
            previousProcess = process;
        }
        return new PublicPage(titles, groups, printed.lines().size());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : PrintedList.DATE.format(date);
    }
}
