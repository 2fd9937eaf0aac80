package ru.perechen.documents.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every client gets a bucket of requests to the open pages and the public API (Bucket4j, refilled
 * evenly); past it the answer is 429 with {@code Retry-After} — an RFC 9457 problem for the API, a
 * page for people — in Russian, before any database is asked. Buckets live in this node's memory.
 */
class PublicRateLimit extends OncePerRequestFilter {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicRateLimitProperties limits;
    private final MessageSource messages;
    private final Cache<String, Bucket> buckets;

    PublicRateLimit(PublicRateLimitProperties limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
        // a client idle for a whole period has its bucket full again: forgetting it then changes nothing
        this.buckets = Caffeine.newBuilder().maximumSize(limits.clients()).expireAfterAccess(limits.period()).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = ClientAddress.of(request.getRemoteAddr(), ClientAddress.headers(request.getHeaders("X-Forwarded-For")),
                limits.proxies());
        ConsumptionProbe probe = buckets.get(client, c -> Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.requests()).refillGreedy(limits.requests(), limits.period())).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        refuse(request, response, seconds);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        String title = messages.getMessage("public.rate-limited.title", null, RUSSIAN);
        String detail = messages.getMessage("public.rate-limited.detail", new Object[] {seconds}, RUSSIAN);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", 429);
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            problem.put("code", "rate-limited");
            problem.put("retryAfter", seconds);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(JSON.writeValueAsString(problem));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors *; base-uri 'none'");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title><link rel=\"stylesheet\" href=\"/public/perechen-public.css\"></head><body><main>"
                + "<h1 id=\"rate-limited\">" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                + "</p></main></body></html>\n");
    }
}
