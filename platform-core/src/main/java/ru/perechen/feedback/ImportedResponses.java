package ru.perechen.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.feedback.FeedbackImportPreview.Row;
import ru.perechen.feedback.FeedbackImportPreview.Status;

/**
 * Stores a checked file's accepted rows, each under its row's submission key, inside the caller's
 * transaction; the import as a whole goes to the audit log once, under the file's own key.
 */
@Component
class ImportedResponses {

    private final ResponseStore store;
    private final ProcessRegistryService processes;
    private final AuditLog audit;

    ImportedResponses(ResponseStore store, ProcessRegistryService processes, AuditLog audit) {
        this.store = store;
        this.processes = processes;
        this.audit = audit;
    }

    java.time.LocalDateTime localNow() {
        return store.localNow();
    }

    FeedbackImportResult store(SurveyVersion survey, FeedbackImportPreview preview, String sha256) {
        Map<UUID, AgencyProcess> byId = processes.list().stream().collect(Collectors.toMap(AgencyProcess::id, Function.identity()));
        String by = FeedbackSetup.actorName();
        List<Row> accepted = preview.rows().stream().filter(r -> r.status() == Status.ACCEPTED).toList();
        int already = (int) preview.count(Status.ALREADY_IMPORTED);
        if (accepted.isEmpty()) {
            return new FeedbackImportResult(0, already);
        }
        for (Row row : accepted) {
            AgencyProcess process = row.processId() == null ? null : byId.get(row.processId());
            // as a typed-in response: the unit only when the process has exactly one
            UUID unit = process == null || process.owners().size() != 1 ? null : process.owners().getFirst().id();
            ResponseStore.Where where = new ResponseStore.Where(row.touchpointId(), row.processId(), unit,
                    process == null ? null : process.groupId(), process == null ? null : process.name());
            store.store(survey, row.channel(), where, row.answers(), ImportRowReader.submissionKey(sha256, row.number()), by,
                    row.answeredAt() == null ? store.now() : row.answeredAt());
        }
        audit.record("FeedbackResponse", UUID.nameUUIDFromBytes(sha256.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "FEEDBACK_IMPORTED", "Загружены отзывы из файла «" + preview.fileName() + "»: " + accepted.size()
                        + (already > 0 ? " (уже были загружены: " + already + ")" : ""), null, null);
        return new FeedbackImportResult(accepted.size(), already);
    }
}
