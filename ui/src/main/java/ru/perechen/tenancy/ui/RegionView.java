package ru.perechen.tenancy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.RegionAgencyOverview;
import ru.perechen.tenancy.RegionOverviewService;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.uikit.PageHeader;

/** A region at a glance: its agencies, read across tenants by its coordinator (or a platform admin). */
@Route("region/:region")
@RolesAllowed({"REGIONAL_COORDINATOR", "PLATFORM_ADMIN"})
class RegionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyDirectory directory;
    private final RegionOverviewService overview;
    private String title = "";

    RegionView(AgencyDirectory directory, RegionOverviewService overview) {
        this.directory = directory;
        this.overview = overview;
        addClassName("page");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("region").orElse("");
        var region = directory.findRegionByCode(code);
        if (region.isEmpty()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        try {
            show(region.get(), overview.overview(region.get().id()));
        } catch (AccessDeniedToTenantException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void show(RegionSummary region, java.util.List<RegionAgencyOverview> agencies) {
        title = region.name();
        removeAll();
        Grid<RegionAgencyOverview> grid = new Grid<>();
        grid.setId("region-agencies");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(o -> o.agency().shortName()).setHeader(getTranslation("agency.field.short-name"))
                .setWidth("14em").setFlexGrow(0).setSortable(true);
        grid.addColumn(o -> o.agency().fullName()).setHeader(getTranslation("agency.field.full-name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation(o.agency().type().messageKey())).setHeader(getTranslation("agency.field.type"))
                .setAutoWidth(true);
        grid.addColumn(o -> nz(o.ccDeputyName())).setHeader(getTranslation("profile.field.cc-deputy")).setFlexGrow(2);
        grid.addColumn(o -> o.publicationDeadlineWorkDays() == null ? "—"
                        : getTranslation("profile.deadline.value", o.publicationDeadlineWorkDays()))
                .setHeader(getTranslation("profile.field.deadline-short")).setAutoWidth(true);
        grid.setItems(agencies);
        grid.setAllRowsVisible(true);
        add(new PageHeader(region.name(), getTranslation("region.subtitle", agencies.size())), grid);
    }

    private String nz(String value) {
        return value == null ? getTranslation("common.not-set") : value;
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
