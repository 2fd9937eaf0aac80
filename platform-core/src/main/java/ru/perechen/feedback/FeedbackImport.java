package ru.perechen.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.feedback.FeedbackImportPreview.Column;
import ru.perechen.feedback.FeedbackImportPreview.Problem;
import ru.perechen.feedback.FeedbackImportPreview.Row;
import ru.perechen.feedback.FeedbackImportPreview.Status;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.TenantContext;

/**
 * Feedback that came through the other channels of act 004 §9 — ЕПГУ and portal forms, the site's
 * «Обратная связь», post, e-mail, phone, social networks, events — loaded from a CSV or XLSX, as the list
 * import loads a list: the file is checked and read outside any transaction, shown as a preview (each
 * column's target, each row's response or problems), and stored on confirmation — every row in one
 * transaction, and only while no row has a problem. A row is stored under a key made of the file's
 * SHA-256 and its row number, so the same file loaded twice stores its responses once.
 */
@Service
public class FeedbackImport {

    private final FeedbackSetup setup;
    private final TouchpointService touchpoints;
    private final ProcessRegistryService processes;
    private final ImportedResponses responses;
    private final WorkbookReader workbooks;
    private final TransactionTemplate readTx;
    private final TransactionTemplate writeTx;

    @SuppressWarnings("java:S107")
    FeedbackImport(FeedbackSetup setup, TouchpointService touchpoints, ProcessRegistryService processes, ImportedResponses responses, WorkbookReader workbooks, PlatformTransactionManager transactions) {
        this.setup = setup;
        this.touchpoints = touchpoints;
        this.processes = processes;
        this.responses = responses;
        this.workbooks = workbooks;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.writeTx = new TransactionTemplate(transactions);
    }

    /**
     * What the file would store, read-only.
     *
     * @param mapping        the person's target per column, by the column's {@link Column#key() key} in an earlier
     *                       preview; columns not in it get the target their title suggests
     * @param defaultChannel the channel of the rows whose channel column is empty or absent (null: every row must name one)
     */
    public FeedbackImportPreview preview(String fileName, byte[] bytes, Map<String, ImportTarget> mapping, Channel defaultChannel) {
        requireMayImport();
        ImportFile file = ImportFile.read(fileName, bytes, workbooks);
        return readTx.execute(status -> read(fileName, file, mapping, defaultChannel).preview());
    }

    /**
     * Stores the previewed file (read again: the same bytes and choices give the same rows): all its new
     * responses in one transaction, or — while any row has a problem — nothing.
     */
    public FeedbackImportResult confirm(String fileName, byte[] bytes, Map<String, ImportTarget> mapping, Channel defaultChannel) {
        requireMayImport();
        ImportFile file = ImportFile.read(fileName, bytes, workbooks);
        try {
            return writeTx.execute(status -> {
                Reading reading = read(fileName, file, mapping, defaultChannel);
                FeedbackImportPreview preview = reading.preview();
                if (preview.hasProblems()) {
                    Problem first = preview.fileProblems().isEmpty() ? preview.rows().stream().flatMap(r -> r.problems().stream())
                            .findFirst().orElseThrow() : preview.fileProblems().getFirst();
                    long count = preview.fileProblems().size() + preview.rows().stream().mapToLong(r -> r.problems().size()).sum();
                    throw ImportFile.refused("feedback.import.reject.has-problems", count, first.row(),
                            first.column() == null ? "—" : first.column());
                }
                return responses.store(reading.survey(), preview, file.sha256());
            });
        } catch (DataIntegrityViolationException twice) {
            // the same file confirmed at the same moment by someone else: theirs stored it
            throw ImportFile.refused("feedback.import.reject.concurrent");
        }
    }

    /** The largest file taken, in bytes. */
    public int maxBytes() {
        return workbooks.maxBytes();
    }

    /** Who may import feedback: who types it in. Checked before an upload is read. */
    public void requireMayImport() {
        TenantContext.requireAgency();
        Access.FEEDBACK_ENTRY.require();
    }

    private record Reading(SurveyVersion survey, FeedbackImportPreview preview) {
    }

    private Reading read(String fileName, ImportFile file, Map<String, ImportTarget> mapping, Channel defaultChannel) {
        SurveyVersion survey = setup.survey().orElseThrow(() -> ImportFile.refused("feedback.error.off"));
        if (file.rows().isEmpty()) {
            throw ImportFile.refused("feedback.import.reject.no-rows");
        }
        ImportMapping columns = new ImportMapping(survey.definition(), mapping);
        int header = columns.headerIndex(file.rows());
        List<String> titles = file.rows().get(header).cells();
        List<Column> mapped = columns.columns(titles);
        List<Problem> fileProblems = fileProblems(mapped, defaultChannel);
        List<WorkbookReader.Row> data = file.rows().subList(header + 1, file.rows().size());
        if (data.size() > ImportFile.MAX_ROWS) {
            throw ImportFile.refused("import.reject.too-many-rows", ImportFile.MAX_ROWS);
        }
        if (data.isEmpty()) {
            fileProblems.add(new Problem(0, null, "feedback.import.error.no-rows", List.of()));
        }
        ImportRowReader reader = new ImportRowReader(survey.definition(), mapped, defaultChannel == Channel.SURVEY_LINK ? null
                : defaultChannel, touchpoints.list(), processes.list(), responses.localNow());
        Set<UUID> stored = responses.stored(data, file.sha256());
        List<Row> rows = new ArrayList<>(data.size());
        for (WorkbookReader.Row row : data) {
            rows.add(stored.contains(ImportRowReader.submissionKey(file.sha256(), row.number()))
                    ? new Row(row.number(), Status.ALREADY_IMPORTED, row.cells(), null, null, null, null, null, null, List.of())
                    : reader.read(row));
        }
        return new Reading(survey, new FeedbackImportPreview(cleanName(fileName), file.sheet(), file.otherSheets(),
                file.rows().get(header).number(), mapped, columns.choices(), rows, fileProblems, responses.reported(rows)));
    }

    private static List<Problem> fileProblems(List<Column> columns, Channel defaultChannel) {
        List<Problem> problems = new ArrayList<>();
        if (defaultChannel == Channel.SURVEY_LINK) {
            problems.add(new Problem(0, null, "feedback.error.channel", List.of()));
        }
        Map<ImportTarget, String> first = new HashMap<>();
        for (Column column : columns) {
            if (column.target().kind() == ImportTarget.Kind.IGNORED) {
                continue;
            }
            String earlier = first.putIfAbsent(column.target(), column.title());
            if (earlier != null) {
                problems.add(new Problem(0, column.title(), "feedback.import.error.twice", List.of(earlier)));
            }
        }
        if (first.isEmpty()) {
            problems.add(new Problem(0, null, "feedback.import.error.nothing-mapped", List.of()));
        }
        return problems;
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
