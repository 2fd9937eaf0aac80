package ru.perechen.tenancy.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;

/**
 * Agency pages carry the agency's slug in the address. Only the signed-in person's own agency may be
 * opened; any other slug — existing or not — gets the same refusal.
 */
@Component
public class AgencyRouteGuard {

    public static final String SLUG = "agency";

    private final AgencyDirectory directory;

    AgencyRouteGuard(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** The signed-in person's agency if the address names it; otherwise reroutes to the refusal page. */
    public Optional<AgencySummary> ownAgency(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        Optional<AgencySummary> own = TenantContext.currentAgency().flatMap(directory::find)
                .filter(agency -> agency.slug().equals(slug));
        if (own.isEmpty()) {
            event.rerouteToError(AccessDeniedException.class);
        }
        return own;
    }
}
