package ru.perechen.uikit;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads bounded on the server, not only in the browser ({@code setMaxFileSize} is a hint to the
 * client): Vaadin refuses a request whose declared size is over the limit before reading it, the body
 * goes to a temporary file rather than to the heap, and the file is read back — at most the limit —
 * only once its size on disk is known. The temporary file is deleted in every case.
 */
public final class BoundedUploads {

    private static final Logger log = LoggerFactory.getLogger(BoundedUploads.class);
    /** Room for the multipart envelope around the file. */
    private static final long ENVELOPE = 64 * 1024;

    private BoundedUploads() {
    }

    public static UploadHandler toTempFile(int maxBytes, InMemoryUploadCallback callback) {
        return new TemporaryFileUploadHandler((metadata, file) -> {
            try {
                if (file.length() > maxBytes) {
                    // a body that did not declare its size: refused once counted on disk, never read into memory
                    log.warn("Upload {} refused: {} bytes over the limit of {}", metadata.fileName(), file.length(), maxBytes);
                    return;
                }
                callback.complete(metadata, read(file, maxBytes));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }) {
            @Override
            public long getRequestSizeMax() {
                return maxBytes + ENVELOPE;
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        };
    }

    private static byte[] read(File file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return in.readNBytes(maxBytes);
        }
    }
}
