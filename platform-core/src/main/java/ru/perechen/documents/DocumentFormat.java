package ru.perechen.documents;

import java.util.Locale;

/** The documents the platform writes (all four) and reads (XLSX and DOCX). */
public enum DocumentFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    CSV("text/csv; charset=UTF-8"),
    JSON("application/json");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of an imported file by its name: DOCX or XLSX (the only two that are taken in). */
    public static DocumentFormat ofImported(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".docx") ? DOCX : XLSX;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
