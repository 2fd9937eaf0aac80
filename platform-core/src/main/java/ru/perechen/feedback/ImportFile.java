package ru.perechen.feedback;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import ru.perechen.feedback.FeedbackRejectedException.Problem;

/**
 * An uploaded feedback file read into rows: an XLSX (its first visible sheet with anything in it, checked
 * and read by the {@link WorkbookReader}) or a CSV; bounded by the upload's size and {@link #MAX_ROWS}
 * rows. Its SHA-256 names it, so that the same file imported again is known by its bytes, not its name.
 */
record ImportFile(String sheet, List<String> otherSheets, List<WorkbookReader.Row> rows, String sha256) {

    static final int MAX_ROWS = 20_000;

    static ImportFile read(String fileName, byte[] bytes, WorkbookReader workbooks) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            if (bytes == null || bytes.length == 0) {
                throw refused("import.reject.empty");
            }
            if (bytes.length > workbooks.maxBytes()) {
                throw refused("import.reject.too-large", workbooks.maxBytes() / (1024 * 1024));
            }
            return new ImportFile("", List.of(), CsvFile.read(bytes, MAX_ROWS), sha256(bytes));
        }
        if (!name.matches(".*\\.(xlsx|xlsm|xltm|xls)$")) {
            // the workbook check names macro-enabled and legacy books itself
            throw refused("feedback.import.reject.extension");
        }
        List<WorkbookReader.Sheet> sheets = workbooks.read(fileName, bytes).stream().filter(s -> !s.rows().isEmpty()).toList();
        if (sheets.isEmpty()) {
            throw refused("feedback.import.reject.no-rows");
        }
        List<String> others = sheets.stream().skip(1).map(WorkbookReader.Sheet::name).toList();
        return new ImportFile(sheets.getFirst().name(), others, sheets.getFirst().rows(), sha256(bytes));
    }

    /** A refusal of the file as a whole: nothing of it is read further. */
    static FeedbackRejectedException refused(String messageKey, Object... arguments) {
        return new FeedbackRejectedException(List.of(new Problem("file", messageKey, arguments)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
