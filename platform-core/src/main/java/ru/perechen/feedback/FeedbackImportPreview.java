package ru.perechen.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A feedback file as the import understood it, before anything is stored: the sheet read, its header
 * with each column's target (the person's choice or the one suggested by its title), every row with the
 * response it makes or its problems, and the rows an earlier import of the same file already stored.
 *
 * @param headerRow the row the titles were read from, as the file numbers it
 * @param choices   every target a column may be given, in the survey's order
 * @param reported  the quarters of accepted rows whose units' reports (Приложение № 2) are already sent or signed:
 *                  those rows join the quarter's analysis but not the reports, whose counts are frozen
 */
public record FeedbackImportPreview(String fileName, String sheet, List<String> otherSheets, int headerRow, List<Column> columns,
                                    List<Choice> choices, List<Row> rows, List<Problem> fileProblems, List<Quarter> reported) {

    public enum Status { ACCEPTED, ALREADY_IMPORTED, REFUSED }

    public FeedbackImportPreview {
        otherSheets = List.copyOf(otherSheets);
        columns = List.copyOf(columns);
        choices = List.copyOf(choices);
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        reported = List.copyOf(reported);
    }

    /**
     * A column of the file.
     *
     * @param key       what a mapping names it by: its title's words (« #2» after a repeated title, «#3» for a
     *                  blank one in the third place)
     * @param suggested whether the target was suggested by the title rather than chosen
     */
    public record Column(String title, String key, ImportTarget target, boolean suggested) {
    }

    /** A target as the page offers it: a question with its label («5(15)») and text; the others by their key alone. */
    public record Choice(ImportTarget target, String label, String text) {
    }

    /** Where and why: a row as the file numbers it (0 for the file as a whole), a column by its title (or null). */
    public record Problem(int row, String column, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * A row of the file.
     *
     * @param answers the response as it would be stored (null when refused)
     */
    public record Row(int number, Status status, List<String> cells, Channel channel, UUID touchpointId, String touchpointName,
                      UUID processId, Instant answeredAt, Answers answers, List<Problem> problems) {

        public Row {
            cells = List.copyOf(cells);
            problems = List.copyOf(problems);
        }
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean hasProblems() {
        return !fileProblems.isEmpty() || rows.stream().anyMatch(r -> !r.problems().isEmpty());
    }

    /** Whether confirming would store anything: no problem anywhere, and a row not stored before. */
    public boolean confirmable() {
        return !hasProblems() && count(Status.ACCEPTED) > 0;
    }
}
