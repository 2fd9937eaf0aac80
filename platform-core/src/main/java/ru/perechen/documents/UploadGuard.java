package ru.perechen.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks at an uploaded file before any parser does, and refuses what is not a plain XLSX or DOCX:
 * too large, not an Office Open XML archive at all (or another kind than its name says), a legacy
 * binary or encrypted document, macros or ActiveX, external links, data connections, DDE fields or
 * fields that include other files, relationships to anything outside the file but web and mail
 * hyperlinks ({@link Relationships}), XML with a DTD, an
 * archive with too many entries, entries that inflate too far or suspiciously well, duplicate or
 * path-traversing names, and broken archives. It reads the archive once, inflating into a small
 * buffer, so memory stays bounded whatever the file claims.
 */
public final class UploadGuard {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ENTRIES = 300;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    /** An archive inflating more than this many times its size (beyond a megabyte) is taken for a bomb. */
    static final int MAX_RATIO = 100;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final String[] FORBIDDEN_XML = {"<!doctype", "<!entity"};

    static {
        // POI's own limits, a second lock behind this check
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private UploadGuard() {
    }

    /** The format of an acceptable file, or the refusal (a message key for the person uploading). */
    public static DocumentFormat check(String fileName, byte[] bytes) {
        DocumentFormat named = byName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new DocumentRejectedException("import.reject.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DocumentRejectedException("import.reject.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(bytes, OLE2)) {
            throw new DocumentRejectedException(indexOf(bytes, ENCRYPTED_PACKAGE) >= 0 ? "import.reject.encrypted"
                    : "import.reject.legacy");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new DocumentRejectedException("import.reject.not-office", named.name());
        }
        DocumentFormat actual = scan(bytes);
        if (actual != named) {
            throw new DocumentRejectedException("import.reject.wrong-kind", named.name(), actual.name());
        }
        return actual;
    }

    private static DocumentFormat byName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xlsx")) {
            return DocumentFormat.XLSX;
        }
        if (name.endsWith(".docx")) {
            return DocumentFormat.DOCX;
        }
        if (name.endsWith(".xlsm") || name.endsWith(".docm") || name.endsWith(".xltm") || name.endsWith(".dotm")) {
            throw new DocumentRejectedException("import.reject.macro");
        }
        if (name.endsWith(".xls") || name.endsWith(".doc")) {
            throw new DocumentRejectedException("import.reject.legacy");
        }
        throw new DocumentRejectedException("import.reject.extension");
    }

    private static DocumentFormat scan(byte[] bytes) {
        Set<String> names = new HashSet<>();
        boolean contentTypes = false;
        boolean workbook = false;
        boolean document = false;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        // the same streaming reader POI opens a package with, so both see the same entries
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!zip.canReadEntryData(entry)) {
                    throw new DocumentRejectedException(entry.getGeneralPurposeBit().usesEncryption() ? "import.reject.encrypted"
                            : "import.reject.corrupted");
                }
                if (++entries > MAX_ENTRIES) {
                    throw new DocumentRejectedException("import.reject.too-many-entries", MAX_ENTRIES);
                }
                String name = entry.getName();
                checkName(name, names);
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.contains("vbadata") || lower.startsWith("xl/macrosheets/")) {
                    throw new DocumentRejectedException("import.reject.macro");
                }
                if (lower.contains("activex/")) {
                    throw new DocumentRejectedException("import.reject.active-content");
                }
                if (lower.startsWith("xl/externallinks/")) {
                    throw new DocumentRejectedException("import.reject.external-links");
                }
                if (lower.equals("xl/connections.xml") || lower.startsWith("xl/querytables/")) {
                    throw new DocumentRejectedException("import.reject.external-data");
                }
                contentTypes |= name.equals("[Content_Types].xml");
                workbook |= name.equals("xl/workbook.xml");
                document |= name.equals("word/document.xml");
                boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
                XmlWatch watch = xml ? new XmlWatch(name.equals("[Content_Types].xml"), lower.startsWith("word/")) : null;
                // relationship parts are small: they are kept whole and read as XML once inflated
                java.io.ByteArrayOutputStream relationships = lower.endsWith(".rels") ? new java.io.ByteArrayOutputStream() : null;
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY_BYTES) {
                        throw new DocumentRejectedException("import.reject.entry-too-large", name);
                    }
                    if (total > MAX_TOTAL_BYTES || (total > 1024 * 1024 && total > (long) MAX_RATIO * bytes.length)) {
                        throw new DocumentRejectedException("import.reject.bomb");
                    }
                    if (watch != null) {
                        watch.feed(buffer, n);
                    }
                    if (relationships != null) {
                        if (size > Relationships.MAX_BYTES) {
                            throw new DocumentRejectedException("import.reject.entry-too-large", name);
                        }
                        relationships.write(buffer, 0, n);
                    }
                }
                if (relationships != null) {
                    Relationships.check(relationships.toByteArray());
                }
            }
        } catch (ZipException | org.apache.commons.compress.archivers.ArchiveException broken) {
            String message = String.valueOf(broken.getMessage()).toLowerCase(Locale.ROOT);
            throw DocumentRejectedException.because(broken, message.contains("encrypt") ? "import.reject.encrypted"
                    : "import.reject.corrupted");
        } catch (IOException | IllegalArgumentException broken) {
            throw DocumentRejectedException.because(broken, "import.reject.corrupted");
        }
        if (entries == 0) {
            throw new DocumentRejectedException("import.reject.corrupted");
        }
        if (!contentTypes || workbook == document) {
            throw new DocumentRejectedException("import.reject.not-office", workbook ? "XLSX" : "DOCX");
        }
        return workbook ? DocumentFormat.XLSX : DocumentFormat.DOCX;
    }

    private static void checkName(String name, Set<String> seen) {
        if (name.isEmpty() || name.length() > 255 || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.chars().anyMatch(c -> c < 0x20)) {
            throw new DocumentRejectedException("import.reject.bad-name", printable(name));
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                throw new DocumentRejectedException("import.reject.bad-name", printable(name));
            }
        }
        if (!seen.add(name.toLowerCase(Locale.ROOT))) {
            throw new DocumentRejectedException("import.reject.duplicate-name", printable(name));
        }
    }

    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Watches an XML part as it inflates for a DTD or entity declaration, macro-enabled content types
     * and DDE fields, keeping only a short tail between buffers so a marker split across them is seen.
     */
    private static final class XmlWatch {
        private final boolean contentTypes;
        private final boolean word;
        private String tail = "";

        XmlWatch(boolean contentTypes, boolean word) {
            this.contentTypes = contentTypes;
            this.word = word;
        }

        void feed(byte[] buffer, int length) {
            // ISO-8859-1 keeps one char per byte: the markers are ASCII, whatever the encoding around them
            String text = tail + new String(buffer, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            for (String marker : FORBIDDEN_XML) {
                if (text.contains(marker)) {
                    throw new DocumentRejectedException("import.reject.dtd");
                }
            }
            if (contentTypes && (text.contains("macroenabled") || text.contains("vbaproject"))) {
                throw new DocumentRejectedException("import.reject.macro");
            }
            if (word && (text.contains("ddeauto") || text.contains(">dde ") || text.contains("\"dde "))) {
                throw new DocumentRejectedException("import.reject.dde");
            }
            // fields that fetch a picture or a text from elsewhere when the document is opened or updated
            if (word && (text.contains("includepicture") || text.contains("includetext"))) {
                throw new DocumentRejectedException("import.reject.external-field");
            }
            // a VML or drawing attribute pointing at a file or share (no relationship involved)
            if (text.contains("=\"file:") || text.contains("='file:")) {
                throw new DocumentRejectedException("import.reject.external-file");
            }
            tail = text.length() > 32 ? text.substring(text.length() - 32) : text;
        }
    }
}
