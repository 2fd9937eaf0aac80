package ru.perechen.feedback;

/** What a confirmed import did: the responses it stored, and the file's rows an earlier import had stored. */
public record FeedbackImportResult(int stored, int alreadyImported) {
}
