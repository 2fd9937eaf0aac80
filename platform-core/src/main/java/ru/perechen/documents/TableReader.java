package ru.perechen.documents;

import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the tables of a checked XLSX (its visible sheets) or DOCX (its top-level tables) as text,
 * filling in merged cells. A formula is refused with its cell, never evaluated. Both formats are read
 * as a stream over the archive ({@link XlsxStreamReader}, {@link DocxStreamReader}): a parse holds what
 * the cells hold, bounded by {@link TableBudget}, never an object model of the whole file.
 */
final class TableReader {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 40;

    private TableReader() {
    }

    static List<SourceTable> read(DocumentFormat format, byte[] bytes) {
        try {
            return format == DocumentFormat.XLSX ? XlsxStreamReader.read(bytes) : DocxStreamReader.read(bytes);
        } catch (DocumentRejectedException refused) {
            throw refused;
        } catch (IOException | XMLStreamException | RuntimeException broken) {
            // a broken archive or part comes here: the file changes nothing
            throw DocumentRejectedException.because(broken, "import.reject.corrupted");
        }
    }

    static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }
}
