package ru.perechen.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.perechen.feedback.Quarter;
import ru.perechen.feedback.UnitReport;
import ru.perechen.feedback.UnitReportService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * The quarter's units' reports (act 004 §10): for the responsible unit every unit that answers for
 * touchpoints, with its state, due day and who signed; for a unit's people their own units.
 */
@Route("agency/:agency/feedback/reports")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class UnitReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int QUARTERS = 8;
    private final AgencyRouteGuard routes;
    private final UnitReportService reports;
    private final FeedbackAnalysisTables.Messages t = this::getTranslation;
    private final Select<Quarter> quarter = new Select<>();
    private final Grid<UnitReport> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private AgencySummary agency;

    UnitReportsView(AgencyRouteGuard routes, UnitReportService reports) {
        this.routes = routes;
        this.reports = reports;
        addClassName("page");
        quarter.setId("reports-quarter");
        quarter.setLabel(getTranslation("feedback.analysis.quarter"));
        quarter.setItemLabelGenerator(q -> FeedbackAnalysisTables.quarter(t, q));
        List<Quarter> quarters = new ArrayList<>();
        // the last finished quarter first: that is the one being reported
        for (Quarter q = Quarter.of(LocalDate.now(Quarter.ZONE)).previous(); quarters.size() < QUARTERS; q = q.previous()) {
            quarters.add(q);
        }
        quarters.addFirst(Quarter.of(LocalDate.now(Quarter.ZONE)));
        quarter.setItems(quarters);
        quarter.setValue(quarters.get(1));
        quarter.addValueChangeListener(e -> show());
        grid.setId("reports");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> new Anchor("agency/" + agency.slug() + "/feedback/reports/" + r.unitId() + "/" + r.quarter(), r.unitName()))
                .setHeader(getTranslation("feedback.reports.unit")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("feedback.report.status." + r.status().name())).setHeader(getTranslation("feedback.reports.status"));
        grid.addColumn(r -> r.dueOn() == null ? "—" : DATE.format(r.dueOn())).setHeader(getTranslation("feedback.reports.due"));
        grid.addColumn(r -> r.total().feedback()).setHeader(getTranslation("feedback.report.col.feedback.short"));
        grid.addColumn(r -> UnitReportFiles.percent(r.total().satisfactionPercent()))
                .setHeader(getTranslation("feedback.report.col.satisfaction.short"));
        grid.addColumn(r -> r.signedByName() == null ? "" : r.signedByName() + ", " + DATE.format(r.signedAt().atZone(Quarter.ZONE)))
                .setHeader(getTranslation("feedback.reports.signed"));
        empty.setId("reports-empty");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(a -> {
            agency = a;
            removeAll();
            add(new PageHeader(getTranslation("feedback.reports.title"), a.shortName()));
            Paragraph about = new Paragraph(getTranslation("feedback.reports.about"));
            about.addClassName("hint");
            add(about, quarter, grid, empty);
            show();
        });
    }

    private void show() {
        List<UnitReport> list = reports.overview(quarter.getValue());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setText(list.isEmpty() ? getTranslation("feedback.reports.none") : "");
        empty.setVisible(list.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.reports.title");
    }
}
