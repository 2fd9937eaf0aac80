package ru.perechen.feedback;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.feedback.FeedbackImportPreview.Row;
import ru.perechen.feedback.FeedbackImportPreview.Status;
import ru.perechen.feedback.internal.FeedbackReportEntity;
import ru.perechen.feedback.internal.FeedbackReportRepository;
import ru.perechen.feedback.internal.ImportedKeyRepository;

/**
 * What an import finds already stored — the rows an earlier import of the same file stored, the quarters
 * whose units' reports are already sent — and the storing of a checked file's accepted rows, each under its
 * row's submission key, inside the caller's transaction; the import as a whole goes to the audit log once,
 * under the file's own key.
 */
@Component
class ImportedResponses {

    private static final int KEY_CHUNK = 1000;
    private final ResponseStore store;
    private final ImportedKeyRepository keys;
    private final FeedbackReportRepository reports;
    private final ProcessRegistryService processes;
    private final AuditLog audit;

    ImportedResponses(ResponseStore store, ImportedKeyRepository keys, FeedbackReportRepository reports, ProcessRegistryService processes,
                      AuditLog audit) {
        this.store = store;
        this.keys = keys;
        this.reports = reports;
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
        List<ResponseStore.Fresh> fresh = accepted.stream().map(row -> new ResponseStore.Fresh(row.channel(),
                ResponseStore.Where.of(row.touchpointId(), row.processId() == null ? null : byId.get(row.processId())), row.answers(),
                ImportRowReader.submissionKey(sha256, row.number()), row.answeredAt() == null ? store.now() : row.answeredAt())).toList();
        store.storeFresh(survey, fresh, by);
        audit.record("FeedbackResponse", UUID.nameUUIDFromBytes(sha256.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "FEEDBACK_IMPORTED", "Загружены отзывы из файла «" + preview.fileName() + "»: " + accepted.size()
                        + (already > 0 ? " (уже были загружены: " + already + ")" : ""), null, null);
        return new FeedbackImportResult(accepted.size(), already);
    }

    /** The keys of the rows an earlier import of this file stored. */
    Set<UUID> stored(List<WorkbookReader.Row> rows, String sha256) {
        Set<UUID> stored = new HashSet<>();
        List<UUID> all = rows.stream().map(r -> ImportRowReader.submissionKey(sha256, r.number())).toList();
        for (int from = 0; from < all.size(); from += KEY_CHUNK) {
            stored.addAll(keys.findStored(all.subList(from, Math.min(all.size(), from + KEY_CHUNK))));
        }
        return stored;
    }

    /** The quarters the accepted rows fall in whose units' reports are already sent or signed, in order. */
    List<Quarter> reported(List<Row> rows) {
        java.time.Instant now = store.now();
        return rows.stream().filter(r -> r.status() == Status.ACCEPTED)
                .map(r -> Quarter.of(r.answeredAt() == null ? now : r.answeredAt())).distinct()
                .filter(q -> reports.existsByYearAndQuarterAndStatusNot(q.year(), q.number(), FeedbackReportEntity.Status.DRAFT))
                .sorted().toList();
    }
}
