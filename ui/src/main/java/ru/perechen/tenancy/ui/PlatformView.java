package ru.perechen.tenancy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.uikit.PageHeader;

/** The platform admin's overview: every region and every agency. */
@Route("platform")
@RolesAllowed("PLATFORM_ADMIN")
class PlatformView extends VerticalLayout implements HasDynamicTitle {

    PlatformView(AgencyDirectory directory) {
        addClassName("page");
        var regions = directory.regions();
        var agencies = directory.allAgencies();

        Grid<RegionSummary> regionGrid = new Grid<>();
        regionGrid.setId("regions");
        regionGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        regionGrid.addColumn(RegionSummary::code).setHeader(getTranslation("region.field.code")).setAutoWidth(true).setFlexGrow(0);
        regionGrid.addColumn(RegionSummary::name).setHeader(getTranslation("region.field.name")).setFlexGrow(1);
        regionGrid.addColumn(RegionSummary::agencyCount).setHeader(getTranslation("region.field.agencies")).setAutoWidth(true).setFlexGrow(0);
        regionGrid.setItems(regions);
        regionGrid.setAllRowsVisible(true);
        regionGrid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("region/" + e.getItem().code())));

        Grid<AgencySummary> agencyGrid = new Grid<>();
        agencyGrid.setId("agencies");
        agencyGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        agencyGrid.addColumn(AgencySummary::shortName).setHeader(getTranslation("agency.field.short-name"))
                .setWidth("14em").setFlexGrow(0);
        agencyGrid.addColumn(AgencySummary::fullName).setHeader(getTranslation("agency.field.full-name")).setFlexGrow(3);
        agencyGrid.addColumn(a -> getTranslation(a.type().messageKey())).setHeader(getTranslation("agency.field.type")).setAutoWidth(true);
        agencyGrid.addColumn(AgencySummary::regionName).setHeader(getTranslation("agency.field.region")).setFlexGrow(1);
        agencyGrid.addColumn(AgencySummary::slug).setHeader(getTranslation("agency.field.slug")).setAutoWidth(true);
        agencyGrid.setItems(agencies);
        agencyGrid.setAllRowsVisible(true);

        add(new PageHeader(getTranslation("platform.title"), getTranslation("platform.subtitle", regions.size(), agencies.size())),
                new H2(getTranslation("platform.regions")), regionGrid,
                new H2(getTranslation("platform.agencies")), agencyGrid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.title") + " — " + getTranslation("app.name");
    }
}
