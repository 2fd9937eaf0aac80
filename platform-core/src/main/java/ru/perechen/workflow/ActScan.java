package ru.perechen.workflow;

import java.time.Instant;

/**
 * The signed scan of the approving order: a PDF of at most {@link #MAX_BYTES}.
 *
 * @param content null in listings; the file itself when downloaded
 */
public record ActScan(String fileName, int size, Instant uploadedAt, String uploadedBy, byte[] content) {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** A PDF starts with «%PDF-»; anything else is refused whatever its name says. */
    public static boolean looksLikePdf(byte[] bytes) {
        return bytes != null && bytes.length > 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }
}
