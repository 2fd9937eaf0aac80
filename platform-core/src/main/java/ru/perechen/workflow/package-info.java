/**
 * Workflow: how the list changes. The agency's порядок согласования — an ordered chain of steps,
 * each naming who approves by a rule — kept as immutable revisions; change requests (drafted by the
 * unit that runs the process, submitted with the explanatory note, approved along the chain revision
 * they were submitted under, enacted with the approving act as a new version of the register);
 * substitutes appointed for absent approvers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package ru.perechen.workflow;
