package ru.perechen.documents.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The rate limit stands in front of every public path — the open pages ({@code /agencies/**}) and
 * the public API ({@code /api/public/**}) — and before the security chain, so a flood costs neither
 * a security context nor a query. Signed-in work is not limited here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicRateLimitProperties.class)
class PublicRateLimitConfiguration {

    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(PublicRateLimitProperties limits, MessageSource messageSource) {
        FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(new PublicRateLimit(limits, messageSource));
        registration.addUrlPatterns("/agencies/*", "/api/public/*", "/feedback/*");
        // after the request id (highest precedence), before Spring Security's chain (-100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
