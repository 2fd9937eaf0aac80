package ru.perechen.catalog;

/** What a person enters for a process group. */
public record ProcessGroupDraft(String name, String printTitle, boolean internalClient) {
}
