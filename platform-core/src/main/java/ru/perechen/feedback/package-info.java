/**
 * Feedback (act 004): the survey clients answer at a touchpoint, its versioned definition (act 004's
 * Приложение № 1 as the first preset), each touchpoint's link, the responses from every channel of §9,
 * and the quarterly analysis by the nine parameters of §11 — internal to the agency, never published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package ru.perechen.feedback;
