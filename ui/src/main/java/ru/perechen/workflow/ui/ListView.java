package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.register.ListFilter;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListRule;
import ru.perechen.register.ListService;
import ru.perechen.register.ListVersion;
import ru.perechen.register.RuleFinding;
import ru.perechen.register.ui.ListCells;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;
import ru.perechen.uikit.RowActions;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;

/**
 * The Перечень as the agency prints it: grouped by direction → process → touchpoint rows, in the
 * agency's columns and titles, filtered and searched, a page at a time; beside it the rules panel.
 * Opened from a draft ({@code ?request=N}) it lets the initiator pick rows to modify or exclude.
 */
@Route("agency/:agency/list")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class ListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final ListService list;
    private final ListTemplateService templates;
    private final ProcessGroupService groups;
    private final OrgUnitService units;
    private final ClientNeedService needs;
    private final ProcessRegistryService registry;
    private final TouchpointService touchpoints;
    private final ChangeRequestService requests;
    private final ru.perechen.workflow.ReviewTaskService review;
    private final org.springframework.beans.factory.ObjectProvider<ru.perechen.register.ui.VersionDocuments> documents;

    private final Grid<Line> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final ComboBox<ProcessGroup> group = new ComboBox<>();
    private final Select<ChannelKind> kind = new Select<>();
    private final ComboBox<ClientNeed> need = new ComboBox<>();
    private final Span count = new Span();
    private final Div rulesPanel = new Div();
    private final Div findingFilter = new Div();

    private AgencySummary agency;
    private int version;
    private Set<UUID> onlyRows;
    private ChangeRequest request;
    private CallbackDataProvider<Line, Void> rows;

    /** A row with whether it opens a new direction or process block, as the printed form spans cells. */
    record Line(ListRow row, boolean newGroup, boolean newProcess) {
    }

    @SuppressWarnings("java:S107")
    ListView(AgencyRouteGuard routes, ListService list, ListTemplateService templates, ProcessGroupService groups,
             OrgUnitService units, ClientNeedService needs, ProcessRegistryService registry, TouchpointService touchpoints,
             ChangeRequestService requests, ru.perechen.workflow.ReviewTaskService review,
             org.springframework.beans.factory.ObjectProvider<ru.perechen.register.ui.VersionDocuments> documents) {
        this.review = review;
        this.documents = documents;
        this.routes = routes;
        this.list = list;
        this.templates = templates;
        this.groups = groups;
        this.units = units;
        this.needs = needs;
        this.registry = registry;
        this.touchpoints = touchpoints;
        this.requests = requests;
        addClassName("page");
        addClassName("page-wide");
        grid.setId("touchpoint-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setPartNameGenerator(l -> l.newGroup() ? "group-start" : null);
        grid.setHeight("70vh");
        search.setId("list-search");
        search.setPlaceholder(getTranslation("list.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        unit.setId("list-unit");
        unit.setPlaceholder(getTranslation("list.filter.unit"));
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setClearButtonVisible(true);
        group.setId("list-group");
        group.setPlaceholder(getTranslation("list.filter.group"));
        group.setItemLabelGenerator(g -> (g.number() == null ? "" : g.number() + ". ") + g.titleForPrint());
        group.setClearButtonVisible(true);
        kind.setId("list-kind");
        kind.setWidth("13rem");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("list.filter.kind"));
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("list.filter.kind") : getTranslation(k.messageKey()));
        need.setId("list-need");
        need.setPlaceholder(getTranslation("list.filter.need"));
        need.setItemLabelGenerator(ClientNeed::name);
        need.setClearButtonVisible(true);
        count.setId("list-count");
        count.addClassName("hint");
        rulesPanel.setId("rules-panel");
        rulesPanel.addClassName("rules-panel");
        findingFilter.addClassName("finding-filter");
        search.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        group.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        need.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summary -> {
            agency = summary;
            Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
            Optional<ListVersion> current = list.current();
            int inForce = current.map(ListVersion::number).orElse(0);
            // a version number from the address that is not one of the agency's opens the version in force
            version = first(params, "version").map(Integer::valueOf).filter(n -> n >= 1 && n <= inForce).orElse(inForce);
            request = first(params, "request").map(Integer::valueOf).map(requests::get)
                    .filter(r -> r.status().editable() && r.initiatorId().equals(TenantContext.principal().orElseThrow().actorId()))
                    .orElse(null);
            show(current);
            first(params, "task", "[0-9a-f-]{36}").map(UUID::fromString).flatMap(review::find).filter(t -> !t.entryKeys().isEmpty())
                    .ifPresent(t -> showOnly(new RuleFinding(null, getTranslation(t.reason().messageKey()) + ": " + t.subject(),
                            t.entryKeys())));
        });
    }

    private void show(Optional<ListVersion> current) {
        removeAll();
        onlyRows = null;
        add(new PageHeader(getTranslation("list.title"), agency.shortName()));
        if (version > 0) {
            ListVersion shown = list.version(version);
            Span line = new Span(versionLine(shown, current.map(ListVersion::number).orElse(0) == version));
            line.setId("list-version");
            HorizontalLayout about = new HorizontalLayout(line, link(getTranslation("list.versions"), "versions"));
            about.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(about);
            documents.stream().findFirst().ifPresent(d -> {
                Div downloads = new Div(new Span(getTranslation("documents.download") + ":"), d.downloads(agency, shown));
                downloads.addClassName("downloads-line");
                downloads.setId("list-downloads");
                add(downloads);
            });
        }
        if (request != null) {
            Div banner = new Div(new Span(getTranslation("list.select-mode", request.number(), request.title())),
                    link(getTranslation("list.back-to-request"), "requests/" + request.number()));
            banner.addClassName("select-banner");
            banner.setId("select-banner");
            add(banner);
        } else if (ChangeRequestsView.mayDraft()) {
            Button draft = new Button(getTranslation("request.action.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("agency/" + agency.slug() + "/requests",
                            QueryParameters.of("new", "1"))));
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draft.setId("new-request");
            Button upload = new Button(getTranslation("list-import.open"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("agency/" + agency.slug() + "/list/import")));
            upload.setId("open-import");
            add(new HorizontalLayout(draft, upload));
        }
        if (version == 0) {
            Paragraph empty = new Paragraph(getTranslation("list.empty"));
            empty.setId("list-empty");
            add(empty);
            return;
        }
        unit.setItems(units.list().stream().filter(u -> !u.closed()).toList());
        group.setItems(groups.list().stream().filter(g -> !g.retired()).toList());
        need.setItems(needs.list());
        configureColumns(templates.current());
        HorizontalLayout filters = new HorizontalLayout(search, group, unit, kind, need, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("list-filters");
        rows = DataProvider.fromCallbacks(q -> fetch(q.getOffset(), q.getLimit()).stream(), q -> (int) list.count(version, filter()));
        grid.setDataProvider(rows);
        VerticalLayout main = new VerticalLayout(filters, findingFilter, grid);
        main.setPadding(false);
        main.setSpacing(false);
        main.addClassName("list-main");
        main.setWidthFull();
        add(rulesPanel, main);
        renderRules();
        refresh();
    }

    private void configureColumns(ListTemplate template) {
        printedColumns(this, grid, template);
        if (request != null) {
            grid.addComponentColumn(this::selectActions).setHeader(getTranslation("catalog.column.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
    }

    /** The agency's printed columns, titles and numbering row on a grid of lines. */
    static void printedColumns(Component context, Grid<Line> grid, ListTemplate template) {
        grid.removeAllColumns();
        while (grid.getHeaderRows().size() > 1) {
            grid.removeHeaderRow(grid.getHeaderRows().getLast());
        }
        List<Grid.Column<Line>> columns = new ArrayList<>();
        for (TemplateColumn column : template.printed()) {
            Grid.Column<Line> c = grid.addColumn(l -> ListCells.cell(context, column, l.row(), l.newGroup(), l.newProcess()))
                    .setHeader(column.title()).setResizable(true);
            c.setFlexGrow(column.standard() == null ? 1 : switch (column.standard()) {
                case GROUP_NUMBER -> 0;
                case NEEDS, PROCESS -> 3;
                default -> 2;
            });
            if (column.standard() == ru.perechen.catalog.StandardColumn.GROUP_NUMBER) {
                c.setWidth("5rem");
            }
            columns.add(c);
        }
        if (template.numberingRow()) {
            HeaderRow numbering = grid.appendHeaderRow();
            for (int i = 0; i < columns.size(); i++) {
                numbering.getCell(columns.get(i)).setText(String.valueOf(i + 1));
            }
        }
    }

    /** A row with whether it opens its direction and its process, given the row printed before it. */
    static Line line(ListRow previous, ListRow row) {
        boolean newGroup = previous == null || !Objects.equals(previous.groupId(), row.groupId());
        boolean newProcess = newGroup || !Objects.equals(previous.processId(), row.processId())
                || !Objects.equals(previous.unitId(), row.unitId());
        return new Line(row, newGroup, newProcess);
    }

    private List<Line> fetch(int offset, int limit) {
        int from = Math.max(0, offset - 1);
        List<ListRow> page = list.rows(version, filter(), from, limit + (offset - from));
        List<Line> lines = new ArrayList<>();
        ListRow previous = null;
        for (int i = 0; i < page.size(); i++) {
            ListRow row = page.get(i);
            if (i >= offset - from) {
                lines.add(line(previous, row));
            }
            previous = row;
        }
        return lines;
    }

    private ListFilter filter() {
        return new ListFilter(unit.getValue() == null ? null : unit.getValue().id(),
                group.getValue() == null ? null : group.getValue().id(), kind.getValue(),
                need.getValue() == null ? null : need.getValue().id(), search.getValue(), onlyRows);
    }

    private void refresh() {
        if (rows == null || version == 0) {
            return;
        }
        rows.refreshAll();
        long shown = list.count(version, filter());
        long all = list.count(version, ListFilter.ALL);
        count.setText(shown == all ? getTranslation("list.count.all", all) : getTranslation("list.count.some", shown, all));
    }

    /** The rules panel: one chip per rule broken, its findings under it; and the row counts per direction. */
    private void renderRules() {
        rulesPanel.removeAll();
        List<ListRow> all = list.allRows(version);
        Map<UUID, Long> perGroup = all.stream().filter(r -> r.groupId() != null)
                .collect(Collectors.groupingBy(ListRow::groupId, Collectors.counting()));
        group.setItemLabelGenerator(g -> (g.number() == null ? "" : g.number() + ". ") + g.titleForPrint()
                + " (" + perGroup.getOrDefault(g.id(), 0L) + ")");
        List<RuleFinding> findings = list.findings(all);
        Span title = new Span(getTranslation("rules.title"));
        title.addClassName("rules-title");
        Div chips = new Div(title);
        chips.addClassName("rule-chips");
        Div details = new Div();
        details.setId("rule-findings");
        details.addClassName("rule-findings");
        Div counts = new Div();
        counts.setId("group-counts");
        counts.addClassName("group-counts");
        groups.list().stream().filter(g -> !g.retired()).forEach(g -> {
            Span c = new Span((g.number() == null ? "" : g.number() + ". ") + g.titleForPrint() + " — " + perGroup.getOrDefault(g.id(), 0L));
            c.addClassName("group-count");
            counts.add(c);
        });
        com.vaadin.flow.component.details.Details byGroup = new com.vaadin.flow.component.details.Details(
                getTranslation("list.by-group"), counts);
        byGroup.addClassName("group-counts-details");
        int openTasks = review.open().size();
        if (openTasks > 0) {
            Anchor tasks = new Anchor("agency/" + agency.slug() + "/review", getTranslation("review.chip", openTasks));
            tasks.addClassName("rule-chip");
            tasks.addClassName("review-chip");
            tasks.setId("review-chip");
            chips.add(tasks);
        }
        rulesPanel.add(chips, details, byGroup);
        if (findings.isEmpty()) {
            Span ok = new Span(getTranslation("rules.none"));
            ok.addClassName("rules-ok");
            chips.add(ok);
            return;
        }
        Map<ListRule, List<RuleFinding>> byRule = findings.stream()
                .collect(Collectors.groupingBy(RuleFinding::rule, LinkedHashMap::new, Collectors.toList()));
        for (ListRule rule : ListRule.values()) {
            List<RuleFinding> these = byRule.get(rule);
            if (these == null) {
                continue;
            }
            Button chip = new Button(getTranslation(rule.messageKey()) + " · " + these.size());
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
            chip.addClassName("rule-chip");
            chip.addClassName(rule.isError() ? "rule-error" : "rule-warning");
            chip.getElement().setAttribute("data-rule", rule.name());
            chip.setTooltipText(getTranslation("rules.clause", rule.clause()));
            chip.addClickListener(e -> showFindings(details, rule, these));
            chips.add(chip);
        }
    }

    private void showFindings(Div details, ListRule rule, List<RuleFinding> these) {
        details.removeAll();
        Span heading = new Span(getTranslation(rule.messageKey()) + " — " + getTranslation("rules.clause", rule.clause()));
        heading.addClassName("rule-heading");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> details.removeAll());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("action.close"));
        details.add(new Div(heading, close));
        Div subjects = new Div();
        subjects.addClassName("rule-subjects");
        for (RuleFinding f : these.stream().limit(50).toList()) {
            Span subject = new Span(f.entryKeys().isEmpty() ? f.subject() : getTranslation("rules.rows", f.subject(), f.entryKeys().size()));
            subject.addClassName(f.entryKeys().isEmpty() ? "rule-subject" : "rule-subject-link");
            if (!f.entryKeys().isEmpty()) {
                subject.getElement().setAttribute("role", "button");
                subject.getElement().setAttribute("tabindex", "0");
                subject.addClickListener(e -> showOnly(f));
            }
            subjects.add(subject);
        }
        if (these.size() > 50) {
            subjects.add(new Span(getTranslation("rules.more", these.size() - 50)));
        }
        details.add(subjects);
    }

    private void showOnly(RuleFinding finding) {
        onlyRows = Set.copyOf(finding.entryKeys());
        findingFilter.removeAll();
        Button clear = new Button(getTranslation("rules.show-all"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            onlyRows = null;
            findingFilter.removeAll();
            refresh();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
        clear.setId("show-all-rows");
        findingFilter.add(new Span(finding.rule() == null ? getTranslation("rules.showing.task", finding.subject())
                : getTranslation("rules.showing", getTranslation(finding.rule().messageKey()), finding.subject())), clear);
        refresh();
    }

    private Component selectActions(Line line) {
        ListRow row = line.row();
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        String subject = row.processName() + " — " + row.touchpointName();
        buttons.add(RowActions.button(this, VaadinIcon.EDIT, "request.action.modify-row", subject, "modify-row", () -> modify(row)),
                RowActions.button(this, VaadinIcon.CLOSE_CIRCLE_O, "request.action.exclude-row", subject, "exclude-row",
                        () -> exclude(row)));
        return buttons;
    }

    private void modify(ListRow row) {
        RowDialog[] dialog = new RowDialog[1];
        dialog[0] = new RowDialog(getTranslation("row.dialog.modify"), registry.list(), touchpoints.list(),
                needs.list().stream().filter(n -> !n.retired()).toList(),
                templates.current().columns().stream().filter(TemplateColumn::isCustom).filter(TemplateColumn::visible).toList(),
                row.content(), content -> {
                    boolean done = RequestCalls.run(this, dialog[0].fields(), this::reloadRequest,
                            () -> request = requests.modifyRow(request.number(), request.version(), row.entryKey(), content));
                    if (done) {
                        ru.perechen.catalog.ui.ServiceCalls.saved(this, "request.row-added", request.number());
                    }
                    return done;
                });
        dialog[0].open();
    }

    private void exclude(ListRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("request.exclude.header"));
        confirm.setText(getTranslation("request.exclude.text", row.processName(), row.touchpointName(), request.number()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("request.action.exclude-row"));
        confirm.setId("confirm-exclude");
        confirm.addConfirmListener(e -> {
            if (RequestCalls.run(this, Map.of(), this::reloadRequest,
                    () -> request = requests.excludeRow(request.number(), request.version(), row.entryKey()))) {
                ru.perechen.catalog.ui.ServiceCalls.saved(this, "request.row-excluded", request.number());
            }
        });
        confirm.open();
    }

    private void reloadRequest() {
        request = requests.get(request.number());
    }

    private String versionLine(ListVersion v, boolean inForce) {
        String act = v.actNumber() == null ? getTranslation("list.version.no-act")
                : getTranslation("list.version.act", Formats.DATE.format(v.actDate()), v.actNumber());
        return getTranslation(inForce ? "list.version.current" : "list.version.old", v.number(), act,
                Formats.dateTime(v.enactedAt(), java.time.ZoneId.of("Europe/Moscow")));
    }

    private Anchor link(String text, String path) {
        Anchor a = new Anchor("agency/" + agency.slug() + "/" + path, text);
        a.addClassName("inline-link");
        return a;
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return first(params, name, "\\d{1,9}");
    }

    private static Optional<String> first(Map<String, List<String>> params, String name, String pattern) {
        return Optional.ofNullable(params.get(name)).filter(l -> !l.isEmpty()).map(List::getFirst).filter(s -> s.matches(pattern));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("list.title") + " — " + getTranslation("app.name");
    }
}
