package ru.perechen.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * An API request's body, never trusted for its size: a declared {@code Content-Length} over the limit is
 * refused before a byte is read; otherwise the body is streamed through a counting stream to a temporary
 * file and refused at the first byte past the limit. Callers check the caller's permission first, so that
 * nobody may make the node hold a body they could not have sent.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /** The whole body (at most {@code maxBytes}), read through a temporary file that is gone afterwards. */
    public static byte[] read(HttpServletRequest request, int maxBytes) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        Path file = null;
        try {
            file = Files.createTempFile("perechen-body-", ".bin");
            long copied;
            try (InputStream in = BoundedInputStream.builder().setInputStream(request.getInputStream()).setMaxCount(maxBytes + 1L)
                    .setPropagateClose(false).get();
                 OutputStream out = Files.newOutputStream(file)) {
                copied = in.transferTo(out);
            }
            if (copied > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    /** A body past its limit: 413, nothing kept. */
    public static final class TooLarge extends RuntimeException {

        private final int maxBytes;

        public TooLarge(int maxBytes) {
            super("body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public int maxMegabytes() {
            return Math.max(1, maxBytes / (1024 * 1024));
        }
    }
}
