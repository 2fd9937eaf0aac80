package ru.perechen.catalog;

import java.util.UUID;

/**
 * A process group (направление деятельности) as editors and the list show it.
 *
 * @param number      its number in the list (columns 1), or null while retired
 * @param printTitle  the title printed in the list; the name when not set
 */
public record ProcessGroup(UUID id, Integer number, String name, String printTitle, String catalogueCode,
                           boolean internalClient, boolean retired, long version) {

    public String titleForPrint() {
        return printTitle == null || printTitle.isBlank() ? name : printTitle;
    }
}
