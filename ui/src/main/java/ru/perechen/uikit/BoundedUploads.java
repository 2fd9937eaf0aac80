package ru.perechen.uikit;

import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.BoundedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads bounded on the server, not only in the browser ({@code setMaxFileSize} is a hint to the client):
 * a declared size over the limit is refused before anything is read; otherwise the body is copied in the
 * request's thread through a counting stream to a temporary file and refused at the first byte past the
 * limit (a raw upload that declares nothing is bounded the same way). Only a file within the limit is read
 * back and handed to the view, in the UI's lock as Vaadin's own handlers do. The temporary file is
 * deleted on every path, an aborted upload included.
 */
public final class BoundedUploads {

    private static final Logger log = LoggerFactory.getLogger(BoundedUploads.class);
    /** Room for the multipart envelope around the file. */
    private static final long ENVELOPE = 64 * 1024;

    private BoundedUploads() {
    }

    public static UploadHandler toTempFile(int maxBytes, InMemoryUploadCallback callback) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                String tooLarge = event.getUI().getTranslation("upload.error.too-large", Math.max(1, maxBytes / (1024 * 1024)));
                if (event.getFileSize() > maxBytes) {
                    event.reject(tooLarge);
                    return;
                }
                byte[] data;
                Path file = Files.createTempFile("perechen-upload-", ".bin");
                try {
                    long copied;
                    try (InputStream in = BoundedInputStream.builder().setInputStream(event.getInputStream())
                            .setMaxCount(maxBytes + 1L).setPropagateClose(false).get();
                         OutputStream out = Files.newOutputStream(file)) {
                        copied = in.transferTo(out);
                    }
                    if (copied > maxBytes) {
                        log.warn("Upload {} refused past {} bytes", event.getFileName(), maxBytes);
                        event.reject(tooLarge);
                        return;
                    }
                    data = Files.readAllBytes(file);
                } finally {
                    Files.deleteIfExists(file);
                }
                UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
                event.getUI().access(() -> {
                    try {
                        callback.complete(metadata, data);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }

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
}
