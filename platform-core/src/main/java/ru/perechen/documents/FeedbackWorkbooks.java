package ru.perechen.documents;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.perechen.feedback.FeedbackRejectedException;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.WorkbookReader;

/**
 * The feedback import's XLSX, checked and read as a list file is: {@link UploadGuard} first, then the
 * streaming reader within its {@link TableBudget}, at most {@link ParseGate N parses} at once on the node.
 * A refusal goes back as the feedback module's own, with this module's message key.
 */
@Component
class FeedbackWorkbooks implements WorkbookReader {

    private final ParseGate gate;

    FeedbackWorkbooks(ParseGate gate) {
        this.gate = gate;
    }

    @Override
    public int maxBytes() {
        return UploadGuard.MAX_BYTES;
    }

    @Override
    public List<Sheet> read(String fileName, byte[] bytes) {
        try {
            DocumentFormat format = UploadGuard.check(fileName, bytes);
            if (format != DocumentFormat.XLSX) {
                throw new DocumentRejectedException("import.reject.wrong-kind", "XLSX", format.name());
            }
            return gate.parse(() -> TableReader.read(format, bytes)).stream()
                    .map(t -> new Sheet(t.name(), t.rows().stream().map(r -> new Row(r.number(), r.cells())).toList())).toList();
        } catch (DocumentRejectedException refused) {
            throw new FeedbackRejectedException(List.of(new Problem("file", refused.messageKey(), refused.arguments())));
        } catch (ParseGate.Busy busy) {
            throw new FeedbackRejectedException(List.of(new Problem("busy", "upload.error.busy")));
        }
    }
}
