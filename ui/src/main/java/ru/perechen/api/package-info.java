/**
 * The conventions every {@code /api/v1} endpoint shares: the access each operation declares, checked
 * before it runs and published in the OpenAPI document (decision 28); refusals as RFC 9457 problem
 * details with a {@code code}, in the caller's language (Russian unless English is asked for), with
 * the field or the conflicting rows; unknown addresses and wrong methods as problems too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions")
package ru.perechen.api;
