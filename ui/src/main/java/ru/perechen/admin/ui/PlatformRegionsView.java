package ru.perechen.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.slf4j.LoggerFactory;
import ru.perechen.admin.RegionCoordinator;
import ru.perechen.admin.RegionCoordinatorService;
import ru.perechen.region.RegionRollup;
import ru.perechen.region.RegionRollupService;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.uikit.Background;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/**
 * The platform admin's regions side by side: each region's agencies summed up from its dashboard, a link
 * into it, and its regional coordinators — assigned and taken off here.
 */
@Route("platform/regions")
@RolesAllowed("PLATFORM_ADMIN")
class PlatformRegionsView extends VerticalLayout implements HasDynamicTitle {

    private final RegionRollupService rollups;
    private final RegionCoordinatorService coordinators;
    private RegionRollupGrid grid;

    PlatformRegionsView(RegionRollupService rollups, RegionCoordinatorService coordinators) {
        this.rollups = rollups;
        this.coordinators = coordinators;
        addClassName("page");
        addClassName("page-wide");
        load();
    }

    /** The dashboards of every region are counted off the request thread; the page says it is counting. */
    private void load() {
        removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        Paragraph counting = new Paragraph(getTranslation("platform.rollup.loading"));
        counting.setId("platform-rollup-loading");
        add(header(getTranslation("platform.rollup.subtitle.loading")), counting, bar);
        Background.run(UI.getCurrent(), () -> rollups.rollups(null), this::show, failure -> {
            removeAll();
            Paragraph failed = new Paragraph(getTranslation("platform.rollup.failed"));
            failed.setId("platform-rollup-failed");
            failed.addClassNames("finding", "finding-error");
            add(header(""), failed);
            LoggerFactory.getLogger(PlatformRegionsView.class).error("platform region rollup failed", failure);
        });
    }

    private void show(List<RegionRollup> all) {
        removeAll();
        String asOf = all.isEmpty() ? "" : Formats.DATE.format(all.getFirst().asOf());
        grid = new RegionRollupGrid(all, this::coordinatorsOf, this::assign, this::revoke);
        Paragraph legend = new Paragraph(getTranslation("platform.rollup.legend"));
        legend.addClassName("hint");
        add(header(getTranslation("platform.rollup.subtitle", all.size(), asOf)), legend, grid);
    }

    private VerticalLayout header(String subtitle) {
        RouterLink back = new RouterLink(getTranslation("platform.rollup.back"), PlatformView.class);
        back.setId("platform-rollup-back");
        VerticalLayout header = new VerticalLayout(back, new PageHeader(getTranslation("platform.rollup.title"), subtitle));
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private List<RegionCoordinator> coordinatorsOf(String regionCode) {
        return coordinators.coordinators(regionCode);
    }

    private void assign(RegionSummary region) {
        new CoordinatorDialog(region, coordinators, grid::refreshCoordinators).open();
    }

    private void revoke(RegionCoordinator coordinator) {
        CoordinatorDialog.confirmRevoke(this, coordinator, coordinators, grid::refreshCoordinators);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.rollup.title") + " — " + getTranslation("app.name");
    }
}
