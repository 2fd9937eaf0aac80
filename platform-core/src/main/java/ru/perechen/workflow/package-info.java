/**
 * Workflow: how the list changes. So far the agency's порядок согласования — an ordered chain of
 * steps, each naming who approves by a rule — kept as immutable revisions, and the resolution of a
 * step to the people who hold it for given processes. Change requests follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package ru.perechen.workflow;
