package ru.perechen.tenancy.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import ru.perechen.tenancy.AgencySummary;

/**
 * A card other features put on the agency's home page (the publication deadline, a missing calendar
 * year), so that tenancy's page needs to know none of them.
 */
public interface AgencyHomeCard {

    /** The card for this agency, or empty when there is nothing to say. Called in the UI thread. */
    Optional<Component> card(AgencySummary agency);

    /** Cards with a lower order come first. */
    default int order() {
        return 100;
    }
}
