/**
 * People: an agency's staff as its tenant admin manages them — who works there, in which units, with which
 * roles, when they last signed in — and what the agency's configuration still lacks in people (a unit
 * without a head, a chain step that finds nobody, a role nobody holds).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package ru.perechen.people;
