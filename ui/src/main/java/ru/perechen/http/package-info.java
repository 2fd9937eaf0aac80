/**
 * HTTP plumbing every feature's endpoints share and that depends on no feature: request bodies read
 * within a limit. The API's problem answers ({@code api}) map its refusals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP bodies")
package ru.perechen.http;
