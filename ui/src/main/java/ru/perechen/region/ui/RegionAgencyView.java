package ru.perechen.region.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.region.RegionAgencyRecords;
import ru.perechen.region.RegionAgencyRecords.Card;
import ru.perechen.region.RegionAgencyService;
import ru.perechen.register.ListRule;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.uikit.Fact;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;
import ru.perechen.uikit.ReportTable;

/**
 * One agency as its regional coordinator reads it (decision 38): the indicators with the findings by rule,
 * the versions with their publication, the review tasks open on the day, the rows of the list in force.
 * Nothing here edits; everything is read through the region scope.
 */
@Route("region/:region/agency/:agency")
@RolesAllowed({"REGIONAL_COORDINATOR", "PLATFORM_ADMIN"})
class RegionAgencyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Moscow");
    private final AgencyDirectory directory;
    private final RegionAgencyService agencies;
    private final ru.perechen.region.RegionVersionDiff diffs;
    private final RegionDashboardView.Text t = this::getTranslation;
    private String title = "";

    RegionAgencyView(AgencyDirectory directory, RegionAgencyService agencies, ru.perechen.region.RegionVersionDiff diffs) {
        this.directory = directory;
        this.agencies = agencies;
        this.diffs = diffs;
        addClassName("page");
        addClassName("page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RegionSummary region = directory.findRegionByCode(event.getRouteParameters().get("region").orElse("")).orElse(null);
        if (region == null) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        LocalDate day;
        try {
            day = event.getLocation().getQueryParameters().getSingleParameter("asOf").map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException bad) {
            day = null;
        }
        try {
            show(region, agencies.card(region.id(), event.getRouteParameters().get("agency").orElse(""), day));
        } catch (AccessDeniedToTenantException | ru.perechen.tenancy.InvalidSettingException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void show(RegionSummary region, Card card) {
        removeAll();
        AgencyIndicators a = card.indicators();
        title = a.agency().shortName();
        RouterLink back = new RouterLink(getTranslation("region.back", region.name()), RegionDashboardView.class,
                new RouteParameters("region", region.code()));
        back.setQueryParameters(QueryParameters.of("asOf", card.asOf().toString()));
        back.addClassName("inline-link");
        back.setId("region-back");
        add(back, new PageHeader(a.agency().fullName(), getTranslation("region.card.subtitle", region.name())));
        add(facts(a));
        add(new H2(getTranslation("region.card.findings")), findings(a));
        add(new H2(getTranslation("region.card.versions")), versions(card));
        add(new H2(getTranslation("region.card.tasks")), tasks(card));
        add(new H2(getTranslation("region.card.rows")), rows(card));
        add(new RegionVersionDiffSection(diffs, region.id(), a.agency().slug(), card.versions()));
    }

    private com.vaadin.flow.component.Component facts(AgencyIndicators a) {
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setId("region-card-facts");
        facts.add(fact(getTranslation("region.col.version"), a.list() == null ? getTranslation("region.no-list")
                : "№ " + a.list().number() + (a.list().actDate() == null ? "" : t.get("region.version.of", Formats.DATE.format(a.list().actDate())))
                + (a.list().actNumber() == null ? "" : " № " + a.list().actNumber())));
        if (a.compliance() != null) {
            facts.add(fact(getTranslation("region.col.compliance"), RegionIndicatorGrid.percent(a.compliance().score())
                    + " — " + getTranslation("region.card.findings-count", a.compliance().errors(), a.compliance().warnings())));
        }
        facts.add(fact(getTranslation("region.col.coverage"), a.coverage().percent() == null ? "—"
                : RegionIndicatorGrid.percent(a.coverage().percent()) + " (" + a.coverage().covered() + " / " + a.coverage().processes() + ")"));
        facts.add(fact(getTranslation("region.col.tasks"), a.tasks().open() + " / " + a.tasks().overdue()));
        facts.add(fact(getTranslation("region.col.satisfaction"), a.feedback() == null ? getTranslation("region.feedback-off")
                : (a.feedback().satisfaction() == null ? "—" : RegionIndicatorGrid.percent(a.feedback().satisfaction()))
                + " — " + getTranslation("region.card.responses", a.feedback().responses(), RegionIndicatorGrid.quarter(t, a.feedback().quarter()))));
        return facts;
    }

    private static Fact fact(String label, String value) {
        return new Fact(label, value, "—");
    }

    private com.vaadin.flow.component.Component findings(AgencyIndicators a) {
        if (a.compliance() == null) {
            return new Paragraph(getTranslation("region.no-list"));
        }
        ReportTable table = new ReportTable("region-card-findings", java.util.List.of(getTranslation("region.card.rule"),
                getTranslation("region.card.rule-kind"), getTranslation("region.card.rule-count")));
        for (ListRule rule : ListRule.values()) {
            table.row(false, getTranslation(rule.messageKey()), getTranslation(rule.isError() ? "region.card.error" : "region.card.warning"),
                    String.valueOf(a.compliance().findings().getOrDefault(rule, 0)));
        }
        return table;
    }

    private Grid<RegionAgencyRecords.Version> versions(Card card) {
        Grid<RegionAgencyRecords.Version> grid = new Grid<>();
        grid.setId("region-card-versions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> "№ " + v.number()).setHeader(getTranslation("region.card.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.actDate() == null ? "—" : Formats.DATE.format(v.actDate()) + (v.actNumber() == null ? "" : " № " + v.actNumber()))
                .setHeader(getTranslation("region.card.act")).setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.enactedAt(), RegionAgencyView.ZONE)).setHeader(getTranslation("region.card.enacted"))
                .setAutoWidth(true);
        grid.addColumn(v -> String.valueOf(v.rows())).setHeader(getTranslation("region.col.rows")).setAutoWidth(true);
        grid.addColumn(v -> v.dueOn() == null ? "—" : Formats.DATE.format(v.dueOn())).setHeader(getTranslation("region.card.due"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.publishedOn() == null ? getTranslation("region.card.not-published") : Formats.DATE.format(v.publishedOn()))
                .setHeader(getTranslation("region.card.published")).setAutoWidth(true);
        grid.setItems(card.versions());
        return grid;
    }

    private com.vaadin.flow.component.Component tasks(Card card) {
        if (card.tasks().isEmpty()) {
            return new Paragraph(getTranslation("region.card.no-tasks"));
        }
        Grid<RegionAgencyRecords.Task> grid = new Grid<>();
        grid.setId("region-card-tasks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(x -> getTranslation("review.reason." + x.reason())).setHeader(getTranslation("region.card.reason")).setAutoWidth(true);
        grid.addColumn(RegionAgencyRecords.Task::subject).setHeader(getTranslation("region.card.subject")).setFlexGrow(1);
        grid.addColumn(x -> Formats.dateTime(x.createdAt(), ZONE)).setHeader(getTranslation("region.card.opened")).setAutoWidth(true);
        grid.setItems(card.tasks());
        return grid;
    }

    private com.vaadin.flow.component.Component rows(Card card) {
        if (card.rows().isEmpty()) {
            return new Paragraph(getTranslation("region.no-list"));
        }
        Grid<RegionAgencyRecords.Row> grid = new Grid<>();
        grid.setId("region-card-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("32em");
        grid.addColumn(r -> (r.groupNumber() == null ? "" : r.groupNumber() + ". ") + r.group()).setHeader(getTranslation("region.card.group"))
                .setFlexGrow(1);
        grid.addColumn(RegionAgencyRecords.Row::process).setHeader(getTranslation("region.card.process")).setFlexGrow(2);
        grid.addColumn(r -> r.unit() == null ? "—" : r.unit()).setHeader(getTranslation("region.card.unit")).setFlexGrow(1);
        grid.addColumn(RegionAgencyRecords.Row::touchpoint).setHeader(getTranslation("region.card.touchpoint")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("region.card.kind." + r.kind())).setHeader(getTranslation("region.card.kind")).setAutoWidth(true);
        grid.addColumn(r -> r.needs() == null ? "" : r.needs()).setHeader(getTranslation("region.card.needs")).setFlexGrow(2);
        grid.setItems(card.rows());
        Paragraph shown = new Paragraph(getTranslation(card.rows().size() < card.rowsTotal() ? "region.card.rows-shown" : "region.card.rows-all",
                card.rows().size(), card.rowsTotal()));
        shown.addClassName("hint");
        return new VerticalLayout(shown, grid) {
            {
                setPadding(false);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
