/**
 * The conventions every {@code /api/v1} endpoint shares: refusals as RFC 9457 problem details, in
 * the caller's language (Russian unless English is asked for), with the field or the conflicting rows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions")
package ru.perechen.api;
