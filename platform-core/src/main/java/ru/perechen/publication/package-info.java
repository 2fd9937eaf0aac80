/**
 * Publication: every enacted version has to be on the agency's official site, section «Документы»,
 * within the agency's deadline in working days; the responsible person records where and when it was
 * published, and the state of each deadline follows from the production calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package ru.perechen.publication;
