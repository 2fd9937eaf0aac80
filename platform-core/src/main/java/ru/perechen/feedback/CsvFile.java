package ru.perechen.feedback;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV as a spreadsheet program would open it: UTF-8 (with or without its byte order mark) or, when
 * the bytes are not UTF-8, windows-1251 — what Excel saves «CSV (разделители — запятые)» in on a Russian
 * system; UTF-16 with its mark. The separator is the one of «;», «,» and tab the header line uses most
 * («;» on a tie, as Russian Excel writes). Rows are numbered by record, as the program shows them; the
 * size is bounded by the upload's and the rows' limits before and while parsing.
 */
final class CsvFile {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    /** Columns a row may have, as many as a list file's. */
    static final int MAX_COLUMNS = 40;

    private CsvFile() {
    }

    static List<WorkbookReader.Row> read(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        List<WorkbookReader.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (record.size() > MAX_COLUMNS) {
                    throw ImportFile.refused("feedback.import.reject.too-many-columns", record.getRecordNumber(),
                            MAX_COLUMNS);
                }
                List<String> cells = record.stream().map(CsvFile::clean).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() > maxRows) {
                    throw ImportFile.refused("import.reject.too-many-rows", maxRows);
                }
                rows.add(new WorkbookReader.Row((int) record.getRecordNumber(), cells));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException broken) {
            // an unclosed quote, most often: the file changes nothing
            FeedbackRejectedException refused = ImportFile.refused("feedback.import.reject.csv-broken");
            refused.initCause(broken);
            throw refused;
        }
        return rows;
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                // a spreadsheet or an archive renamed to .csv, not text
                throw ImportFile.refused("feedback.import.reject.not-text");
            }
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // every byte is a character in windows-1251 but 0x98, which no Russian text has
            return strict(bytes, 0, WINDOWS_1251);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException broken) {
            FeedbackRejectedException refused = ImportFile.refused("feedback.import.reject.encoding");
            refused.initCause(broken);
            throw refused;
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The separator the first record uses most, counted outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /** As a list file's cells are read: line breaks unified, non-breaking spaces plain, no spaces around. */
    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
