package ru.perechen.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.workflow.internal.ActScanEntity;
import ru.perechen.workflow.internal.ActScanRepository;

/**
 * The scans attached to requests: checked (a PDF of at most 20 MB), numbered, and only ever added —
 * the database refuses the app's role any update or delete. Called inside the request service's
 * transactions, which decide who may attach and when.
 */
@Component
class ActScanStore {

    private final ActScanRepository scans;
    private final Clock clock;

    ActScanStore(ActScanRepository scans, Clock clock) {
        this.scans = scans;
        this.clock = clock;
    }

    ActScan add(UUID requestId, String fileName, byte[] content, String by, String correctionReason) {
        if (content == null || content.length == 0 || !ActScan.looksLikePdf(content)) {
            throw new InvalidConfigurationException("scan", "request.error.scan-not-pdf");
        }
        if (content.length > ActScan.MAX_BYTES) {
            throw new InvalidConfigurationException("scan", "request.error.scan-too-large", ActScan.MAX_BYTES / 1024 / 1024);
        }
        String name = fileName == null || fileName.isBlank() ? "prikaz.pdf" : fileName.strip();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
        int number = all(requestId).stream().mapToInt(ActScan::number).max().orElse(0) + 1;
        ActScanEntity saved = scans.saveAndFlush(new ActScanEntity(requestId, number, name, content, clock.instant(), by,
                correctionReason));
        return info(saved.getAttachmentNo(), saved.getFileName(), saved.getByteSize(), saved.getUploadedAt(), saved.getUploadedBy(),
                saved.getCorrectionReason());
    }

    /** Every scan of the request, oldest first, without content. */
    List<ActScan> all(UUID requestId) {
        return scans.findInfoByRequestIdOrderByAttachmentNo(requestId).stream()
                .map(s -> info(s.getAttachmentNo(), s.getFileName(), s.getByteSize(), s.getUploadedAt(), s.getUploadedBy(),
                        s.getCorrectionReason()))
                .toList();
    }

    Optional<ActScan> current(UUID requestId) {
        List<ActScan> all = all(requestId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    Optional<ActScan> file(UUID requestId, int number) {
        return scans.findByRequestIdAndAttachmentNo(requestId, number).map(s -> new ActScan(s.getAttachmentNo(), s.getFileName(),
                s.getByteSize(), s.getUploadedAt(), s.getUploadedBy(), s.getCorrectionReason(), s.getContent()));
    }

    private static ActScan info(int number, String fileName, int size, java.time.Instant at, String by, String reason) {
        return new ActScan(number, fileName, size, at, by, reason, null);
    }
}
