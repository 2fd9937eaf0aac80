package ru.perechen.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.region.RegionDashboard;
import ru.perechen.region.RegionDashboardService;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.uikit.Background;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/**
 * The region dashboard (decision 38) a coordinator opens every Monday: the region's agencies side by side
 * as of a day — the indicators' grid with its legend, the charts, the channel matrix, the trend on demand.
 * Read-only; a coordinator reaches their own region only (the service refuses any other).
 */
@Route("region/:region")
@RolesAllowed({"REGIONAL_COORDINATOR", "PLATFORM_ADMIN"})
class RegionDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The view's words: every text through the bundle. */
    @FunctionalInterface
    interface Text extends java.io.Serializable {
        String get(String key, Object... arguments);
    }

    static final int TREND_QUARTERS = 4;
    private final AgencyDirectory directory;
    private final RegionDashboardService dashboards;
    private final ru.perechen.region.TypicalProcesses typical;
    private final Text t = this::getTranslation;
    private final DatePicker asOf;
    private final VerticalLayout content = new VerticalLayout();
    private RegionSummary region;
    private String title = "";

    RegionDashboardView(AgencyDirectory directory, RegionDashboardService dashboards, ru.perechen.region.TypicalProcesses typical) {
        this.directory = directory;
        this.dashboards = dashboards;
        this.typical = typical;
        addClassName("page");
        addClassName("page-wide");
        asOf = DateFields.datePicker(this, getTranslation("region.as-of"));
        asOf.setId("region-as-of");
        asOf.setHelperText(getTranslation("region.as-of.help"));
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(RegionDashboardView.class, new com.vaadin.flow.router.RouteParameters("region",
                        region.code()), QueryParameters.of("asOf", e.getValue().toString())));
            }
        });
        content.setPadding(false);
        content.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("region").orElse("");
        var found = directory.findRegionByCode(code);
        if (found.isEmpty()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        region = found.get();
        LocalDate day = null;
        try {
            day = event.getLocation().getQueryParameters().getSingleParameter("asOf").map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException badDate) {
            day = null;
        }
        try {
            dashboards.requireReadable(region.id());
        } catch (AccessDeniedToTenantException denied) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        LocalDate today = dashboards.today();
        load(day == null || day.isAfter(today) ? null : day);
    }

    /**
     * Computes the dashboard off the request thread ({@link Background}), while the page shows that it is
     * counting: a region of 60 agencies takes seconds.
     */
    private void load(LocalDate day) {
        title = region.name();
        removeAll();
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar();
        bar.setIndeterminate(true);
        Paragraph counting = new Paragraph(getTranslation("region.loading"));
        counting.setId("region-loading");
        add(new PageHeader(region.name(), getTranslation("region.subtitle.loading")), counting, bar);
        Background.run(com.vaadin.flow.component.UI.getCurrent(), () -> {
            RegionDashboard dashboard = dashboards.dashboard(region.id(), day);
            return new Loaded(dashboard, typical.of(region.id(), dashboard.asOf()));
        }, this::show, failure -> {
            removeAll();
            add(new PageHeader(region.name(), ""), failed());
            org.slf4j.LoggerFactory.getLogger(RegionDashboardView.class).error("region dashboard {} failed", region.code(), failure);
        });
    }

    private Paragraph failed() {
        Paragraph failed = new Paragraph(getTranslation("region.failed"));
        failed.setId("region-failed");
        failed.addClassNames("finding", "finding-error");
        return failed;
    }

    /** What the page shows, counted together off the request thread. */
    private record Loaded(RegionDashboard dashboard, java.util.List<ru.perechen.region.TypicalProcesses.TypicalProcess> typical) {
    }

    private void show(Loaded loaded) {
        RegionDashboard d = loaded.dashboard();
        title = region.name();
        removeAll();
        content.removeAll();
        asOf.setMax(dashboards.today());
        asOf.setValue(d.asOf());
        Button print = new Button(getTranslation("region.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("region-print");
        HorizontalLayout tools = new HorizontalLayout(asOf, RegionExport.button(t, d), print);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.addClassName("no-print");
        add(new PageHeader(region.name(), getTranslation("region.dashboard.subtitle", d.agencies().size(), Formats.DATE.format(d.asOf()))),
                tools, content);
        content.add(legend(d), new RegionIndicatorGrid(t, region.code(), d.agencies()));
        FlexLayout charts = new FlexLayout(box(RegionCharts.compliance(t, d.agencies())), box(RegionCharts.timeliness(t, d.agencies())));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.addClassName("region-charts");
        charts.setWidthFull();
        content.add(new H2(getTranslation("region.charts")), charts, RegionCharts.channels(t, d.agencies()),
                new H2(getTranslation("region.matrix")), new Paragraph(getTranslation("region.matrix.help")), ChannelMatrix.of(t, d.agencies()),
                trend(d));
        content.add(new H2(getTranslation("region.typical")), new TypicalProcessesPanel(loaded.typical()));
    }

    private Div box(com.vaadin.flow.component.Component chart) {
        Div box = new Div(chart);
        box.addClassName("region-chart-box");
        return box;
    }

    private Details legend(RegionDashboard d) {
        UnorderedList items = new UnorderedList();
        for (String key : List.of("list", "compliance", "publication", "tasks", "requests", "coverage", "digital", "size", "feedback")) {
            items.add(new ListItem(getTranslation("region.legend." + key, RegionIndicatorGrid.quarter(t, d.feedbackQuarter()))));
        }
        Paragraph colours = new Paragraph(getTranslation("region.legend.colours"));
        colours.addClassName("hint");
        Details legend = new Details(getTranslation("region.legend"), new Div(items, colours));
        legend.setId("region-legend");
        return legend;
    }

    /** The trend over the last quarters, computed when asked: five dashboards are not what every visit needs. */
    private VerticalLayout trend(RegionDashboard d) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("region-trend");
        Map<String, Function<AgencyIndicators, Number>> indicators = new java.util.LinkedHashMap<>();
        indicators.put("compliance", a -> a.compliance() == null ? null : a.compliance().score());
        indicators.put("coverage", a -> a.list() == null ? null : a.coverage().percent());
        indicators.put("digital", a -> a.channels().digitalPercent());
        indicators.put("tasks", a -> a.tasks().open());
        indicators.put("rows", a -> a.list() == null ? null : a.list().rows());
        indicators.put("satisfaction", a -> a.feedback() == null ? null : a.feedback().satisfaction());
        Select<String> which = new Select<>();
        which.setId("region-trend-indicator");
        which.setLabel(getTranslation("region.trend.indicator"));
        which.setItems(indicators.keySet());
        which.setItemLabelGenerator(k -> getTranslation("region.trend." + k));
        which.setValue("compliance");
        Div chart = new Div();
        chart.setWidthFull();
        Button show = new Button(getTranslation("region.trend.show", TREND_QUARTERS), VaadinIcon.CHART_LINE.create());
        show.setId("region-trend-show");
        List<RegionDashboard>[] history = new List[1];
        Runnable draw = () -> {
            chart.removeAll();
            chart.add(RegionCharts.trend(t, "region-trend-chart", getTranslation("region.trend." + which.getValue()), history[0],
                    indicators.get(which.getValue())));
        };
        show.setDisableOnClick(true);
        show.addClickListener(e -> {
            chart.removeAll();
            chart.add(new Paragraph(getTranslation("region.loading")));
            Background.run(e.getSource().getUI().orElseThrow(), () -> dashboards.history(region.id(), d.asOf(), TREND_QUARTERS), loaded -> {
                history[0] = loaded;
                draw.run();
            }, failure -> {
                chart.removeAll();
                chart.add(failed());
                show.setEnabled(true);
            });
        });
        which.addValueChangeListener(e -> {
            if (history[0] != null) {
                draw.run();
            }
        });
        HorizontalLayout row = new HorizontalLayout(which, show);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("no-print");
        box.add(new H2(getTranslation("region.trend")), row, chart);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
