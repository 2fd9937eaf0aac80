package ru.perechen.workflow;

import java.time.Instant;

/**
 * A signed scan of the approving order: a PDF of at most {@link #MAX_BYTES}. A request keeps every scan
 * attached to it; the newest is the one in force, and after enactment a new one is a correction.
 *
 * @param number           the attachment's number within the request (1, 2, …)
 * @param correctionReason why a scan was attached after the request was enacted; null before
 * @param content          null in listings; the file itself when downloaded
 */
public record ActScan(int number, String fileName, int size, Instant uploadedAt, String uploadedBy, String correctionReason,
                      byte[] content) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int REASON_MAX = 1000;

    /** A PDF starts with «%PDF-»; anything else is refused whatever its name says. */
    public static boolean looksLikePdf(byte[] bytes) {
        return bytes != null && bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }
}
