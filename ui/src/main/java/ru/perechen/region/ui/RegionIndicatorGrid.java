package ru.perechen.region.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ru.perechen.publication.PublicationState;
import ru.perechen.region.AgencyIndicators;
import ru.perechen.uikit.Formats;

/**
 * The region's agencies as rows and the indicators as columns (decision 38): sortable, each figure
 * coloured by its threshold ({@code region-good}, {@code region-warn}, {@code region-bad} cell parts), an
 * agency without a list or with feedback off saying so in words. The agency's name opens its read-only card.
 */
class RegionIndicatorGrid extends Composite<Grid<AgencyIndicators>> {

    /** Compliance score and registry coverage, %: at or above {@code GOOD} green, below {@code WARN} red. */
    static final double GOOD = 90;
    static final double WARN = 70;
    /** A list older than this many days is due for a look (amber). */
    static final int OLD_DAYS = 365;

    private final RegionDashboardView.Text t;
    private final String region;

    RegionIndicatorGrid(RegionDashboardView.Text t, String region, List<AgencyIndicators> agencies) {
        this.t = t;
        this.region = region;
        Grid<AgencyIndicators> grid = getContent();
        grid.setId("region-agencies");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        var name = grid.addComponentColumn(this::agency).setHeader(t.get("region.col.agency")).setWidth("13em").setFlexGrow(1)
                .setFrozen(true).setSortable(true).setComparator(Comparator.comparing((AgencyIndicators a) -> a.agency().shortName()))
                .setKey("agency");
        var version = number("version", a -> a.list() == null ? null : a.list().number(), a -> a.list() == null ? t.get("region.no-list")
                : "№ " + a.list().number() + (a.list().actDate() == null ? "" : t.get("region.version.of", Formats.DATE.format(a.list().actDate()))),
                a -> null).setWidth("10em");
        var age = number("age", a -> a.list() == null ? null : a.list().ageDays(), a -> a.list() == null ? "—"
                : String.valueOf(a.list().ageDays()), a -> a.list() == null ? null : a.list().ageDays() > OLD_DAYS ? "region-warn" : null);
        var score = number("compliance", a -> a.compliance() == null ? null : a.compliance().score(), a -> a.compliance() == null ? "—"
                : percent(a.compliance().score()), a -> a.compliance() == null ? null : level(a.compliance().score()));
        var findings = number("findings", a -> a.compliance() == null ? null : a.compliance().errors() * 1000 + a.compliance().warnings(),
                a -> a.compliance() == null ? "—" : a.compliance().errors() + " / " + a.compliance().warnings(),
                a -> a.compliance() == null ? null : a.compliance().errors() > 0 ? "region-bad" : a.compliance().warnings() > 0 ? "region-warn" : null);
        var publication = number("publication", a -> a.publication() == null || a.publication().state() == null ? null
                : a.publication().state().ordinal(), this::publication, a -> publicationLevel(a.publication())).setWidth("11em");
        var tasks = number("tasks", a -> a.tasks().open(), a -> a.tasks().open() + (a.tasks().overdue() == 0 ? ""
                : " " + t.get("region.tasks.overdue", a.tasks().overdue())), a -> a.tasks().overdue() > 0 ? "region-bad" : null)
                .setWidth("8em");
        var requests = number("requests", a -> a.requests().inApproval(), a -> String.valueOf(a.requests().inApproval()), a -> null);
        var median = number("median", a -> a.requests().medianWorkingDays(), a -> a.requests().medianWorkingDays() == null ? "—"
                : decimal(a.requests().medianWorkingDays()) + " (" + a.requests().enacted() + ")", a -> null);
        var coverage = number("coverage", a -> a.coverage().percent(), a -> a.coverage().percent() == null ? "—"
                : percent(a.coverage().percent()), a -> a.list() == null || a.coverage().percent() == null ? null : level(a.coverage().percent()));
        var digital = number("digital", a -> a.channels().digitalPercent(), a -> a.channels().digitalPercent() == null ? "—"
                : percent(a.channels().digitalPercent()), a -> null);
        var processes = number("processes", a -> a.list() == null ? null : a.list().processes(), a -> a.list() == null ? "—"
                : String.valueOf(a.list().processes()), a -> null);
        var touchpoints = number("touchpoints", a -> a.list() == null ? null : a.list().touchpoints(), a -> a.list() == null ? "—"
                : String.valueOf(a.list().touchpoints()), a -> null);
        var rows = number("rows", a -> a.list() == null ? null : a.list().rows(), a -> a.list() == null ? "—"
                : String.valueOf(a.list().rows()), a -> null);
        var satisfaction = number("satisfaction", a -> a.feedback() == null ? null : a.feedback().satisfaction(),
                a -> a.feedback() == null ? t.get("region.feedback-off") : a.feedback().satisfaction() == null ? "—"
                        : percent(a.feedback().satisfaction()),
                a -> a.feedback() == null || a.feedback().satisfaction() == null ? null
                        : a.feedback().satisfaction() < a.feedback().threshold() ? "region-bad" : "region-good");
        var responses = number("responses", a -> a.feedback() == null ? null : a.feedback().responses(),
                a -> a.feedback() == null ? "—" : String.valueOf(a.feedback().responses()), a -> null);
        HeaderRow groups = grid.prependHeaderRow();
        groups.join(version, age).setText(t.get("region.group.list"));
        groups.join(score, findings).setText(t.get("region.group.compliance"));
        groups.join(tasks, requests, median).setText(t.get("region.group.work"));
        groups.join(coverage, digital).setText(t.get("region.group.channels"));
        groups.join(processes, touchpoints, rows).setText(t.get("region.group.size"));
        groups.join(satisfaction, responses).setText(t.get("region.group.feedback"));
        groups.getCell(name).setText("");
        groups.getCell(publication).setText(t.get("region.group.publication"));
        grid.setItems(agencies);
    }

    private RouterLink agency(AgencyIndicators a) {
        RouterLink link = new RouterLink(a.agency().shortName(), RegionAgencyView.class,
                new RouteParameters(new com.vaadin.flow.router.RouteParam("region", region),
                        new com.vaadin.flow.router.RouteParam("agency", a.agency().slug())));
        link.getElement().setAttribute("title", a.agency().fullName());
        return link;
    }

    /** A sortable figure: what it sorts by (nulls last), what the cell says, the cell's threshold part. */
    private <C extends Comparable<? super C>> Grid.Column<AgencyIndicators> number(String key, SerializableFunction<AgencyIndicators, C> sortBy,
            SerializableFunction<AgencyIndicators, String> text, SerializableFunction<AgencyIndicators, String> part) {
        return getContent().addColumn(text::apply).setKey(key).setHeader(t.get("region.col." + key)).setSortable(true)
                .setComparator(Comparator.comparing(sortBy::apply, Comparator.nullsLast(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(part::apply);
    }

    private String publication(AgencyIndicators a) {
        AgencyIndicators.Publication p = a.publication();
        if (p == null) {
            return "—";
        }
        if (p.state() == null) {
            return t.get("region.publication.none");
        }
        String state = t.get(p.state().messageKey());
        return p.days() == null || p.state() == PublicationState.PUBLISHED_ON_TIME ? state
                : state + ", " + t.get(p.state() == PublicationState.AWAITING || p.state() == PublicationState.DUE_SOON
                        ? "region.publication.days-left" : "region.publication.days-late", p.days());
    }

    static String publicationLevel(AgencyIndicators.Publication p) {
        if (p == null) {
            return null;
        }
        if (p.state() == null) {
            return "region-bad";
        }
        return switch (p.state()) {
            case PUBLISHED_ON_TIME -> "region-good";
            case PUBLISHED_LATE, DUE_SOON, CALENDAR_MISSING -> "region-warn";
            case OVERDUE -> "region-bad";
            case AWAITING -> null;
        };
    }

    /** «III квартал 2026» for 2026-Q3. */
    static String quarter(RegionDashboardView.Text t, String quarter) {
        ru.perechen.feedback.Quarter q = ru.perechen.feedback.Quarter.parse(quarter);
        String roman = switch (q.number()) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
        return t.get("feedback.analysis.quarter.label", roman, String.valueOf(q.year()));
    }

    static String level(double value) {
        return value >= GOOD ? "region-good" : value >= WARN ? "region-warn" : "region-bad";
    }

    static String percent(double value) {
        return decimal(value) + " %";
    }

    static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
