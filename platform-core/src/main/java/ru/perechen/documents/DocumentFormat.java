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

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
