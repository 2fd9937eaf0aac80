package ru.perechen.documents.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one client may ask of the open pages and the public API ({@code perechen.public.rate-limit.*}).
 *
 * @param requests requests per period one client may make (also the burst it may make at once)
 * @param period   the period in which that many are given back, evenly
 * @param proxies  how many proxies of ours stand in front of the application: 0 takes the client from
 *                 the connection; N takes the N-th address from the right of {@code X-Forwarded-For},
 *                 the one the outermost of our proxies saw (addresses further left are the client's say)
 * @param clients  how many clients are remembered at most (the least recently seen are forgotten first)
 */
@ConfigurationProperties("perechen.public.rate-limit")
record PublicRateLimitProperties(Integer requests, Duration period, Integer proxies, Integer clients) {

    PublicRateLimitProperties {
        requests = requests == null ? 120 : requests;
        period = period == null ? Duration.ofMinutes(1) : period;
        proxies = proxies == null ? 0 : proxies;
        clients = clients == null ? 100_000 : clients;
        if (requests < 1 || period.isNegative() || period.isZero() || proxies < 0 || clients < 1) {
            throw new IllegalArgumentException("perechen.public.rate-limit: requests, period and clients must be positive, proxies not negative");
        }
    }
}
