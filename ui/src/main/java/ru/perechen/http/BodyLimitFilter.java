package ru.perechen.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First in every chain: no request body is larger than {@code perechen.http.max-body-bytes} (2 MB), except
 * on the routes that take a file and bound it themselves ({@link BoundedBody}, Vaadin uploads through
 * {@code BoundedUploads}). A declared size over the limit is refused with 413 before anything reads the
 * body; a body that declares none stops at the limit (the reader sees an error, the caller a refusal).
 * JSON, UIDL and form bodies are thus bounded before Jackson, Vaadin or Spring look at them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimitFilter extends OncePerRequestFilter {

    /** The routes that take a file: each bounds its body itself, at its own limit. */
    private static final List<Pattern> FILE_ROUTES = List.of(
            Pattern.compile("^/api/v1/list/imports(/preview)?$"),
            Pattern.compile("^/api/v1/change-requests/\\d+/act-scan(/corrections)?$"),
            Pattern.compile("^/VAADIN/dynamic/resource/.*"));

    private final long maxBytes;

    BodyLimitFilter(@Value("${perechen.http.max-body-bytes:2097152}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (FILE_ROUTES.stream().anyMatch(p -> p.matcher(path).matches())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(413);
            response.setContentType(path.startsWith("/api/") ? "application/problem+json;charset=UTF-8" : "text/plain;charset=UTF-8");
            int mb = (int) Math.max(1, maxBytes / (1024 * 1024));
            String detail = "Тело запроса больше допустимого: не более " + mb + " МБ. Ничего не сохранено";
            response.getOutputStream().write((path.startsWith("/api/")
                    ? "{\"type\":\"about:blank\",\"title\":\"Слишком большой запрос\",\"status\":413,\"detail\":\"" + detail
                    + "\",\"code\":\"api.problem.too-large\",\"limitMegabytes\":" + mb + "}"
                    : detail).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new Bounded(request, maxBytes), response);
    }

    /** The request with its body stopped at the limit: reading past it is an error, never more memory. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > maxBytes) {
                            throw new IOException("request body over " + maxBytes + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > maxBytes) {
                            throw new IOException("request body over " + maxBytes + " bytes");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }
}
