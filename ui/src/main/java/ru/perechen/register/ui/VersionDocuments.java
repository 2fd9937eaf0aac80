package ru.perechen.register.ui;

import com.vaadin.flow.component.Component;
import ru.perechen.register.ListVersion;
import ru.perechen.tenancy.AgencySummary;

/**
 * The documents of a version that the list and versions pages offer (the documents feature provides
 * them, so these pages need to know nothing of how files are written).
 */
public interface VersionDocuments {

    /** Download links for the version's documents. Called in the UI thread. */
    Component downloads(AgencySummary agency, ListVersion version);

    /** The same links folded into a compact «Скачать» menu, for a row of a grid. */
    Component downloadMenu(AgencySummary agency, ListVersion version);

    /**
     * Download links for a change request's documents for its order: its changes and the list as it
     * will read (drafts until it is enacted).
     */
    Component requestDownloads(AgencySummary agency, int requestNumber);
}
