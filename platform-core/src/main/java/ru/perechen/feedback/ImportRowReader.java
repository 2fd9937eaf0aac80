package ru.perechen.feedback;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.feedback.FeedbackImportPreview.Column;
import ru.perechen.feedback.FeedbackImportPreview.Problem;
import ru.perechen.feedback.FeedbackImportPreview.Row;
import ru.perechen.feedback.FeedbackImportPreview.Status;
import ru.perechen.feedback.SurveyDefinition.Option;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * One file's rows read into responses against the survey in use: each cell by its column's target, then
 * the answers checked as a typed-in response is ({@link SurveyCheck}, complete only for paper forms).
 * A problem names its row and column; the check's client-facing wording is swapped for the import's.
 */
final class ImportRowReader {

    private static final Map<String, String> IMPORT_WORDING = Map.of(
            "feedback.error.not-asked", "feedback.import.error.not-asked",
            "feedback.error.required", "feedback.import.error.required",
            "feedback.error.difficulty-not-asked", "feedback.import.error.difficulty-not-asked",
            "feedback.error.consent-missing", "feedback.import.error.consent-missing",
            "feedback.error.contact-missing", "feedback.import.error.contact-missing",
            "feedback.error.empty", "feedback.import.error.empty",
            "feedback.error.date", "feedback.import.error.date-range");

    private final SurveyDefinition survey;
    private final List<Column> columns;
    private final Channel defaultChannel;
    private final Map<String, List<Touchpoint>> touchpoints = new HashMap<>();
    private final Map<String, List<AgencyProcess>> processes = new HashMap<>();
    private final Map<String, String> columnOfProblemField = new HashMap<>();
    private final LocalDateTime now;

    ImportRowReader(SurveyDefinition survey, List<Column> columns, Channel defaultChannel, List<Touchpoint> touchpoints,
                    List<AgencyProcess> processes, LocalDateTime now) {
        this.survey = survey;
        this.columns = columns;
        this.defaultChannel = defaultChannel;
        this.now = now;
        // a retired touchpoint or an excluded process still names past feedback; one in use wins a tie of names
        touchpoints.stream().sorted(java.util.Comparator.comparing(Touchpoint::retired))
                .forEach(t -> this.touchpoints.computeIfAbsent(ImportValues.exact(t.name()), k -> new ArrayList<>()).add(t));
        processes.stream().sorted(java.util.Comparator.comparing(AgencyProcess::excluded))
                .forEach(p -> this.processes.computeIfAbsent(ImportValues.exact(p.name()), k -> new ArrayList<>()).add(p));
        for (Column column : columns) {
            ImportTarget target = column.target();
            String field = switch (target.kind()) {
                case ANSWER -> SurveyCheck.key(target.field());
                case DIFFICULTY -> "difficulty-" + SurveyCheck.key(target.field());
                case COMMENT -> "comment";
                case CONTACT -> "contact";
                case CONSENT -> "consent";
                default -> null;
            };
            if (field != null) {
                columnOfProblemField.putIfAbsent(field, column.title());
            }
        }
    }

    Row read(WorkbookReader.Row row) {
        Cells cells = new Cells(row.number());
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = row.cell(i);
            if (column.target().kind() != ImportTarget.Kind.IGNORED && !cell.isBlank()) {
                cells.read(column, cell);
            }
        }
        Channel channel = cells.channel != null ? cells.channel : defaultChannel;
        if (channel == null && cells.problems.isEmpty()) {
            cells.problems.add(new Problem(row.number(), null, "feedback.import.error.no-channel", List.of()));
        }
        AgencyProcess process = process(cells.values.get(Field.SUPPORT_MEASURE));
        Answers answers = new Answers(cells.values, cells.difficulties, cells.comment, cells.contact, cells.consent);
        if (cells.problems.isEmpty()) {
            try {
                SurveyCheck.check(survey, answers, channel == Channel.PAPER_FORM, now);
            } catch (FeedbackRejectedException refused) {
                refused.problems().forEach(p -> cells.problems.add(new Problem(row.number(), columnOfProblemField.get(p.field()),
                        IMPORT_WORDING.getOrDefault(p.messageKey(), p.messageKey()), p.arguments())));
            }
        }
        boolean refused = !cells.problems.isEmpty();
        return new Row(row.number(), refused ? Status.REFUSED : Status.ACCEPTED, row.cells(), channel,
                cells.touchpoint == null ? null : cells.touchpoint.id(), cells.touchpoint == null ? null : cells.touchpoint.name(),
                process == null ? null : process.id(), cells.answeredAt, refused ? null : answers, cells.problems);
    }

    /** The registry's process the measure names exactly, if one does (its unit and group then go with the response). */
    private AgencyProcess process(String measure) {
        List<AgencyProcess> named = measure == null ? List.of() : processes.getOrDefault(ImportValues.exact(measure), List.of());
        return named.isEmpty() ? null : named.getFirst();
    }

    /** What one row's cells say, and what in them is refused. */
    private final class Cells {
        final int row;
        final Map<Field, String> values = new EnumMap<>(Field.class);
        final Map<Field, String> difficulties = new EnumMap<>(Field.class);
        final List<Problem> problems = new ArrayList<>();
        String comment;
        String contact;
        boolean consent;
        Channel channel;
        Touchpoint touchpoint;
        Instant answeredAt;

        Cells(int row) {
            this.row = row;
        }

        void read(Column column, String cell) {
            ImportTarget target = column.target();
            switch (target.kind()) {
                case ANSWER -> answer(column, target.field(), cell);
                case DIFFICULTY -> difficulties.put(target.field(), cell);
                case COMMENT -> comment = cell;
                case CONTACT -> contact = cell;
                case CONSENT -> ImportValues.consent(cell).ifPresentOrElse(given -> consent = given,
                        () -> problem(column, "feedback.import.error.consent", cell));
                case CHANNEL -> ImportValues.channel(cell).ifPresentOrElse(this::channel,
                        () -> problem(column, "feedback.import.error.channel", cell));
                case TOUCHPOINT -> touchpoint(column, cell);
                case ANSWERED_AT -> answeredAt(column, cell);
                case IGNORED -> { }
            }
        }

        private void channel(Channel given) {
            channel = given;
            if (given == Channel.SURVEY_LINK) {
                problems.add(new Problem(row, null, "feedback.error.channel", List.of()));
            }
        }

        private void answer(Column column, Field field, String cell) {
            Question question = survey.question(field).orElse(null);
            if (question == null) {
                problem(column, "feedback.error.not-in-survey");
                return;
            }
            switch (question.kind()) {
                case CHOICE, SCALE -> {
                    List<Option> options = ImportValues.options(question, cell);
                    if (options.size() == 1) {
                        values.put(field, options.getFirst().value());
                    } else {
                        problem(column, options.isEmpty() ? "feedback.import.error.option" : "feedback.import.error.ambiguous",
                                question.label(), cell);
                    }
                }
                case DATETIME -> ImportValues.dateTime(cell).ifPresentOrElse(at -> values.put(field, at.toString()),
                        () -> problem(column, "feedback.import.error.date", cell));
                default -> values.put(field, cell);
            }
        }

        private void touchpoint(Column column, String cell) {
            List<Touchpoint> named = touchpoints.getOrDefault(ImportValues.exact(cell), List.of());
            if (named.isEmpty()) {
                problem(column, "feedback.import.error.touchpoint", cell);
            } else if (named.size() > 1 && named.get(0).retired() == named.get(1).retired()) {
                problem(column, "feedback.import.error.touchpoint-ambiguous", cell);
            } else {
                touchpoint = named.getFirst();
            }
        }

        private void answeredAt(Column column, String cell) {
            ImportValues.dateTime(cell).ifPresentOrElse(at -> {
                if (at.isAfter(now) || at.getYear() < 2000) {
                    problem(column, "feedback.import.error.answered-at", cell);
                } else {
                    answeredAt = at.atZone(Quarter.ZONE).toInstant();
                }
            }, () -> problem(column, "feedback.import.error.date", cell));
        }

        private void problem(Column column, String key, Object... arguments) {
            problems.add(new Problem(row, column.title(), key, List.of(arguments)));
        }
    }

    /** The key a row of a file is stored under: the same file's row is the same response, however often it comes. */
    static UUID submissionKey(String sha256, int row) {
        return UUID.nameUUIDFromBytes(("feedback-import:" + sha256 + ":" + row).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
