package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import ru.perechen.uikit.BoundedUploads;
import ru.perechen.tenancy.Access;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.Uploads;
import ru.perechen.workflow.ActScan;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListService;
import ru.perechen.register.ui.DiffGrid;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.TenantPrincipal;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.Fact;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.workflow.ApprovalChain;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ChangeItem;
import ru.perechen.workflow.ChangeOperation;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ChangeStatus;
import ru.perechen.workflow.Decision;
import ru.perechen.workflow.DecisionKind;
import ru.perechen.workflow.RouteStep;

/**
 * One change request: its changes as the list would take them (the rules run live), its note, its
 * route with who holds it, every decision, and the actions the signed-in person may take now.
 */
@Route("agency/:agency/requests/:number")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class ChangeRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final AgencyRouteGuard routes;
    private final ChangeRequestService requests;
    private final ApprovalChainService chains;
    private final ListService list;
    private final ProcessRegistryService registry;
    private final TouchpointService touchpoints;
    private final ClientNeedService needs;
    private final ListTemplateService templates;
    private AgencySummary agency;
    private ChangeRequest request;
    private TextField titleField;
    private TextArea noteField;
    private final org.springframework.beans.factory.ObjectProvider<ru.perechen.register.ui.VersionDocuments> documents;

    @SuppressWarnings("java:S107")
    ChangeRequestView(AgencyRouteGuard routes, ChangeRequestService requests, ApprovalChainService chains, ListService list,
                      ProcessRegistryService registry, TouchpointService touchpoints, ClientNeedService needs,
                      ListTemplateService templates,
                      org.springframework.beans.factory.ObjectProvider<ru.perechen.register.ui.VersionDocuments> documents) {
        this.documents = documents;
        this.routes = routes;
        this.requests = requests;
        this.chains = chains;
        this.list = list;
        this.registry = registry;
        this.touchpoints = touchpoints;
        this.needs = needs;
        this.templates = templates;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summary -> {
            agency = summary;
            Optional<Integer> number = event.getRouteParameters().get("number").filter(s -> s.matches("\\d{1,9}")).map(Integer::valueOf);
            try {
                request = requests.get(number.orElse(0));
            } catch (InvalidConfigurationException missing) {
                removeAll();
                add(new PageHeader(getTranslation("requests.title"), agency.shortName()),
                        new Paragraph(getTranslation("request.error.not-found", number.orElse(0))));
                return;
            }
            render();
        });
    }

    private void reload() {
        request = requests.get(request.number());
        render();
    }

    private void render() {
        removeAll();
        boolean initiator = request.initiatorId().equals(me());
        boolean editable = initiator && request.status().editable();
        HorizontalLayout title = new HorizontalLayout(new PageHeader(getTranslation("request.heading", request.number(), request.title()),
                agency.shortName()), ChangeRequestsView.StatusBadge.of(this, request.status()));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        title.setId("request-header");
        add(title);
        List<RouteStep> route = route();
        ApprovalChain chain = request.chainId() != null ? chains.revision(request.chainId()) : chains.current().orElse(null);

        Div facts = new Div(
                new Fact(getTranslation("request.fact.initiator"), request.initiatorName()
                        + (request.unitName() == null ? "" : ", " + request.unitName()), ""),
                new Fact(getTranslation("request.fact.base"), request.baseVersion() == 0 ? getTranslation("versions.empty-list")
                        : getTranslation("versions.number", request.baseVersion()), ""),
                new Fact(getTranslation("request.fact.chain"), chain == null ? null
                        : getTranslation("request.fact.chain.value", chain.revision()), getTranslation("request.fact.none")),
                new Fact(getTranslation("request.fact.submitted"), Formats.dateTime(request.submittedAt(), ZONE),
                        getTranslation("request.fact.not-yet")),
                new Fact(getTranslation("request.fact.act"), request.actNumber() == null ? null
                        : getTranslation("list.version.act", Formats.DATE.format(request.actDate()), request.actNumber()),
                        getTranslation("request.fact.none")));
        facts.addClassName("card");
        facts.setId("request-facts");
        if (!request.items().isEmpty() && request.status() != ChangeStatus.REJECTED && request.status() != ChangeStatus.WITHDRAWN) {
            documents.stream().findFirst().ifPresent(d -> {
                com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span(getTranslation(
                        request.enactedVersion() == null ? "request.documents.draft" : "request.documents.enacted"));
                label.addClassName("fact-label");
                Div line = new Div(label, d.requestDownloads(agency, request.number()));
                line.setId("request-documents");
                facts.add(line);
            });
        }
        List<ActScan> scans = requests.actScans(request.number());
        if (!scans.isEmpty()) {
            facts.add(new Fact(getTranslation("request.fact.scan"), ActScans.list(this, requests, request.number(), scans)));
        }
        if (request.enactedVersion() != null) {
            facts.add(new Fact(getTranslation("request.fact.enacted"), new Anchor("agency/" + agency.slug() + "/versions?from="
                    + (request.enactedVersion() - 1) + "&to=" + request.enactedVersion(),
                    getTranslation("versions.number", request.enactedVersion()))));
        }
        Div routeCard = new Div(new H2(getTranslation("request.route")), routeList(route));
        routeCard.addClassName("card");
        Div top = new Div(facts, routeCard);
        top.addClassName("cards");
        add(top);
        Component note = noteSection(editable, chain);
        add(actions(initiator, route, chain));
        add(note);
        add(changesSection(editable));
        List<ChangeRequest> overlapping = requests.overlapping(request);
        if (!overlapping.isEmpty()) {
            Div warn = new Div(new Span(getTranslation("request.overlapping")));
            warn.addClassName("overlapping");
            warn.setId("overlapping");
            overlapping.forEach(o -> warn.add(new Anchor("agency/" + agency.slug() + "/requests/" + o.number(),
                    getTranslation("request.heading", o.number(), o.title()))));
            add(warn);
        }
        add(decisionsSection());
    }

    private List<RouteStep> route() {
        try {
            return requests.route(request);
        } catch (ru.perechen.workflow.InvalidTransitionException noChain) {
            return List.of();
        }
    }

    private Component routeList(List<RouteStep> route) {
        OrderedList steps = new OrderedList();
        steps.setId("request-route");
        steps.addClassName("request-route");
        for (RouteStep step : route) {
            ListItem item = new ListItem();
            item.addClassName("route-" + step.state().name().toLowerCase());
            String title = step.step().title() != null ? step.step().title()
                    : step.step().role() != null ? getTranslation("request.route.role", getTranslation(step.step().role().messageKey()))
                    : getTranslation(step.step().rule().messageKey());
            Span name = new Span(title);
            name.addClassName("route-title");
            item.add(name, new Span(" · " + getTranslation("request.route.due", step.step().dueWorkDays())));
            UnorderedList seats = new UnorderedList();
            for (RouteStep.SeatState seat : step.seats()) {
                String who = seat.approval() != null
                        ? getTranslation("request.route.approved", seat.approval().actorName()
                                + (seat.approval().onBehalfOf() == null ? "" : " " + getTranslation("request.on-behalf", seat.approval().onBehalfOf()))
                                + (seat.approval().bySubmission() ? " " + getTranslation("request.by-submission") : ""),
                        Formats.dateTime(seat.approval().decidedAt(), ZONE))
                        : seat.candidates().isEmpty() ? getTranslation("request.route.nobody")
                        : seat.candidates().stream().map(c -> c.displayName()).collect(Collectors.joining(", "));
                String standIns = seat.approval() != null || seat.substitutes().isEmpty() ? ""
                        : getTranslation("request.route.substitutes", seat.substitutes().stream()
                        .map(x -> getTranslation("request.route.substitute", x.substitute().displayName(), x.absent().displayName()))
                        .collect(Collectors.joining(", ")));
                seats.add(new ListItem((seat.unitName() == null ? "" : seat.unitName() + ": ") + who + standIns));
            }
            item.add(seats);
            steps.add(item);
        }
        return steps;
    }

    private Component actions(boolean initiator, List<RouteStep> route, ApprovalChain chain) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("request-actions");
        bar.addClassName("request-actions");
        ChangeStatus status = request.status();
        if (initiator && status.editable()) {
            bar.add(button("submit-request", "request.action.submit", ButtonVariant.LUMO_PRIMARY,
                    () -> act(Map.of("title", titleField, "note", noteField), () -> requests.submit(request.number(),
                            request.version(), titleField.getValue(), noteField.getValue()), "request.submitted")));
        }
        boolean mySeat = status == ChangeStatus.IN_APPROVAL && request.currentStep() >= 1 && request.currentStep() <= route.size()
                && route.get(request.currentStep() - 1).seats().stream().filter(s -> s.approval() == null)
                .anyMatch(s -> s.mayDecide(me()));
        if (mySeat) {
            bar.add(button("approve-request", "request.action.approve", ButtonVariant.LUMO_SUCCESS,
                    () -> decide("request.action.approve", false, c -> requests.approve(request.number(), request.version(), c),
                            "request.approved")),
                    button("return-request", "request.action.return", null,
                            () -> decide("request.action.return", true,
                                    c -> requests.returnForRevision(request.number(), request.version(), c), "request.returned")),
                    button("reject-request", "request.action.reject", ButtonVariant.LUMO_ERROR,
                            () -> decide("request.action.reject", true, c -> requests.reject(request.number(), request.version(), c),
                                    "request.rejected")));
        }
        boolean enacts = initiator || Access.OVERSIGHT.isGranted();
        if (status == ChangeStatus.APPROVED && enacts) {
            bar.add(button("enact-request", "request.action.enact", ButtonVariant.LUMO_PRIMARY, () -> enact(chain)));
        }
        if (status == ChangeStatus.ENACTED && enacts && requests.actScan(request.number()).isEmpty()) {
            Upload later = new Upload();
            later.setId("attach-scan");
            later.setMaxFiles(1);
            later.setMaxFileSize(ActScan.MAX_BYTES);
            later.setAcceptedFileTypes(".pdf", "application/pdf");
            later.setI18n(Uploads.i18n(this, "request.scan.add",
                    getTranslation("request.error.scan-too-large", ActScan.MAX_BYTES / 1024 / 1024),
                    getTranslation("request.error.scan-not-pdf")));
            later.setUploadHandler(BoundedUploads.toTempFile(ActScan.MAX_BYTES, (metadata, data) -> later.getUI().ifPresent(ui -> ui.access(() ->
                    act(() -> requests.attachActScan(request.number(), request.version(), metadata.fileName(), data),
                            "request.scan.attached")))));
            bar.add(later);
        } else if (status == ChangeStatus.ENACTED && enacts) {
            bar.add(ActScans.correctButton(this, requests, request, (fields, action) -> act(fields, action, "request.scan.corrected")));
        }
        if (initiator && (status == ChangeStatus.APPROVED || status.editable()) && request.baseVersion() != list.currentNumber()) {
            bar.add(button("rebase-request", "request.action.rebase", null,
                    () -> act(() -> requests.rebase(request.number(), request.version()), "request.rebased")));
        }
        if (initiator && ChangeStatus.IN_FLIGHT.contains(status)) {
            bar.add(button("withdraw-request", "request.action.withdraw", ButtonVariant.LUMO_TERTIARY,
                    () -> act(() -> requests.withdraw(request.number(), request.version()), "request.withdrawn")));
        }
        if (status == ChangeStatus.IN_APPROVAL && !mySeat && !initiator) {
            bar.add(new Span(getTranslation("request.not-yours")));
        }
        return bar;
    }

    private Component noteSection(boolean editable, ApprovalChain chain) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(getTranslation("request.note")));
        if (!editable) {
            Paragraph note = new Paragraph(request.explanatoryNote() == null ? getTranslation("request.note.none")
                    : request.explanatoryNote());
            note.setId("request-note");
            note.addClassName("note-text");
            section.add(note);
            return section;
        }
        TextField title = new TextField(getTranslation("request.field.title"));
        titleField = title;
        title.setId("request-title");
        title.setValue(request.title());
        title.setWidthFull();
        title.setMaxLength(ChangeRequest.TITLE_MAX);
        TextArea note = new TextArea(getTranslation("request.field.note"));
        noteField = note;
        note.setId("request-note");
        note.setValue(request.explanatoryNote() == null ? "" : request.explanatoryNote());
        note.setWidthFull();
        note.setMinHeight("7rem");
        note.setMaxLength(ChangeRequest.NOTE_MAX);
        note.setHelperText(getTranslation(chain != null && chain.noteRequired() ? "request.field.note.required" : "request.field.note.help"));
        Button save = new Button(getTranslation("request.action.save-note"), e -> act(Map.of("title", title, "note", note),
                () -> requests.describe(request.number(), request.version(), title.getValue(), note.getValue()), "request.saved"));
        save.setId("save-note");
        section.add(title, note, save);
        return section;
    }

    private Component changesSection(boolean editable) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(getTranslation("request.changes", request.items().size())));
        if (editable) {
            Button add = new Button(getTranslation("request.action.add-row"), VaadinIcon.PLUS.create(), e -> addRow());
            add.setId("add-row");
            Anchor pick = new Anchor("agency/" + agency.slug() + "/list?request=" + request.number(),
                    getTranslation("request.action.pick-rows"));
            pick.setId("pick-rows");
            HorizontalLayout tools = new HorizontalLayout(add, pick);
            tools.setAlignItems(FlexComponent.Alignment.BASELINE);
            section.add(tools);
        }
        if (request.items().isEmpty()) {
            section.add(new Paragraph(getTranslation("request.changes.none")));
            return section;
        }
        ListService.DraftPreview preview = requests.preview(request);
        if (ChangeStatus.IN_FLIGHT.contains(request.status())) {
            section.add(findings(preview));
        }
        DiffGrid diff = new DiffGrid();
        diff.setId("request-diff");
        if (editable) {
            Map<UUID, ChangeItem> byKey = request.items().stream().collect(Collectors.toMap(ChangeItem::entryKey, i -> i, (a, b) -> a));
            diff.addComponentColumn(d -> itemActions(byKey.get(d.row().entryKey()))).setHeader(getTranslation("catalog.column.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        List<ListDiff.RowDiff> rows = ChangeStatus.IN_FLIGHT.contains(request.status()) ? preview.diff().rows()
                : request.enactedVersion() != null ? list.diff(request.enactedVersion() - 1, request.enactedVersion()).rows() : List.of();
        diff.setItems(rows);
        section.add(diff);
        if (ChangeStatus.IN_FLIGHT.contains(request.status())) {
            section.add(resultingList(preview));
        }
        return section;
    }

    /** The whole list as the request would make it, its changed rows marked; built when opened. */
    private Component resultingList(ListService.DraftPreview preview) {
        java.util.Set<UUID> changed = preview.diff().rows().stream().filter(d -> d.after() != null).map(d -> d.after().entryKey())
                .collect(Collectors.toSet());
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                getTranslation("request.result", preview.result().size(), changed.size()));
        details.setId("request-result");
        details.setWidthFull();
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                com.vaadin.flow.component.grid.Grid<ListView.Line> grid = new com.vaadin.flow.component.grid.Grid<>();
                grid.setId("request-result-grid");
                grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                        com.vaadin.flow.component.grid.GridVariant.LUMO_COLUMN_BORDERS);
                grid.addClassName("result-grid");
                ListView.printedColumns(this, grid, templates.current());
                List<ListView.Line> lines = new java.util.ArrayList<>();
                ru.perechen.register.ListRow previous = null;
                for (ru.perechen.register.ListRow row : preview.result()) {
                    lines.add(ListView.line(previous, row));
                    previous = row;
                }
                grid.setItems(lines);
                grid.setPartNameGenerator(l -> changed.contains(l.row().entryKey()) ? "changed-row" : null);
                grid.setHeight("60vh");
                details.add(grid);
            }
        });
        return details;
    }

    private Component findings(ListService.DraftPreview preview) {
        Div box = new Div();
        box.setId("request-findings");
        box.addClassName("request-findings");
        if (!preview.conflicts().isEmpty()) {
            box.addClassName("findings-error");
            preview.conflicts().forEach(c -> box.add(new Div(new Span(c.changedIn() == null
                    ? getTranslation("request.conflict.duplicate", c.description())
                    : getTranslation("request.conflict.changed", c.description(), c.changedIn())))));
        }
        if (!preview.introducedErrors().isEmpty()) {
            box.addClassName("findings-error");
            preview.introducedErrors().forEach(f -> box.add(new Div(new Span(getTranslation(f.rule().messageKey()) + " ("
                    + getTranslation("rules.clause", f.rule().clause()) + "): " + f.subject()))));
        }
        if (box.getChildren().findAny().isEmpty()) {
            box.addClassName("findings-ok");
            box.add(new Span(getTranslation("request.findings.ok", preview.findings().size())));
        }
        return box;
    }

    private Component itemActions(ChangeItem item) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (item == null) {
            return buttons;
        }
        if (item.operation() != ChangeOperation.EXCLUDE) {
            buttons.add(ru.perechen.uikit.RowActions.button(this, VaadinIcon.EDIT, "catalog.action.edit",
                    getTranslation(item.operation().messageKey()), "edit-item", () -> editItem(item)));
        }
        buttons.add(ru.perechen.uikit.RowActions.button(this, VaadinIcon.TRASH, "request.action.remove-item",
                getTranslation(item.operation().messageKey()), "remove-item",
                () -> act(() -> requests.removeItem(request.number(), request.version(), item.id()), "request.saved")));
        return buttons;
    }

    private void addRow() {
        rowDialog(getTranslation("row.dialog.add"), null,
                content -> requests.addRow(request.number(), request.version(), content));
    }

    private void editItem(ChangeItem item) {
        rowDialog(getTranslation("row.dialog.modify"), item.content(), content -> item.operation() == ChangeOperation.ADD
                ? replaceAdded(item, content)
                : requests.modifyRow(request.number(), request.version(), item.entryKey(), content));
    }

    /** An addition is edited by putting the new content in its place. */
    private ChangeRequest replaceAdded(ChangeItem item, ru.perechen.register.RowContent content) {
        ChangeRequest without = requests.removeItem(request.number(), request.version(), item.id());
        return requests.addRow(without.number(), without.version(), content);
    }

    private void rowDialog(String title, ru.perechen.register.RowContent initial,
                           java.util.function.Function<ru.perechen.register.RowContent, ChangeRequest> save) {
        List<TemplateColumn> custom = templates.current().columns().stream().filter(TemplateColumn::isCustom)
                .filter(TemplateColumn::visible).toList();
        RowDialog[] dialog = new RowDialog[1];
        dialog[0] = new RowDialog(title, registry.list(), touchpoints.list(), needs.list().stream().filter(n -> !n.retired()).toList(),
                custom, initial, content -> {
                    boolean done = RequestCalls.run(this, dialog[0].fields(), () -> { }, () -> request = save.apply(content));
                    if (done) {
                        ServiceCalls.saved(this, "request.saved");
                        render();
                    }
                    return done;
                });
        dialog[0].open();
    }

    private Component decisionsSection() {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(getTranslation("request.decisions")));
        if (request.decisions().isEmpty()) {
            section.add(new Paragraph(getTranslation("request.decisions.none")));
            return section;
        }
        UnorderedList items = new UnorderedList();
        items.setId("request-decisions");
        for (Decision d : request.decisions()) {
            String text = getTranslation("request.decision.line", Formats.dateTime(d.decidedAt(), ZONE), d.actorName()
                            + (d.onBehalfOf() == null ? "" : " " + getTranslation("request.on-behalf", d.onBehalfOf()))
                            + (d.bySubmission() ? " " + getTranslation("request.by-submission") : ""),
                    getTranslation(d.kind().messageKey()), d.step(), d.round());
            ListItem item = new ListItem(new Span(text));
            if (d.comment() != null) {
                Span comment = new Span(" — «" + d.comment() + "»");
                comment.addClassName(d.kind() == DecisionKind.APPROVED ? "decision-comment" : "decision-comment-important");
                item.add(comment);
            }
            items.add(item);
        }
        section.add(items);
        return section;
    }

    private void decide(String titleKey, boolean commentRequired, java.util.function.Function<String, ChangeRequest> action,
                        String doneKey) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation(titleKey) + " — " + getTranslation("request.number", request.number()));
        TextArea comment = new TextArea(getTranslation(commentRequired ? "request.field.comment.required" : "request.field.comment"));
        comment.setId("decision-comment");
        comment.setWidth("min(34rem, 90vw)");
        comment.setRequiredIndicatorVisible(commentRequired);
        dialog.add(comment);
        Button ok = new Button(getTranslation(titleKey), e -> {
            if (act(Map.of("comment", comment), () -> action.apply(comment.getValue()), doneKey)) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("decision-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void enact(ApprovalChain chain) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("request.enact.header", request.number()));
        TextField number = new TextField(getTranslation("request.field.act-number"));
        number.setId("act-number");
        DatePicker date = DateFields.datePicker(this, getTranslation("request.field.act-date"));
        date.setId("act-date");
        date.setMax(LocalDate.now(ZONE).plusDays(1));
        boolean required = chain != null && chain.actRequired();
        number.setRequiredIndicatorVisible(required);
        date.setRequiredIndicatorVisible(required);
        byte[][] scan = new byte[1][];
        String[] scanName = new String[1];
        Upload upload = new Upload();
        upload.setId("act-scan");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ActScan.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setI18n(Uploads.i18n(this, "request.scan.add", getTranslation("request.error.scan-too-large", ActScan.MAX_BYTES / 1024 / 1024),
                getTranslation("request.error.scan-not-pdf")));
        upload.setUploadHandler(BoundedUploads.toTempFile(ActScan.MAX_BYTES, (metadata, data) -> {
            scan[0] = data;
            scanName[0] = metadata.fileName();
        }));
        upload.addFileRemovedListener(e -> scan[0] = null);
        upload.addFileRejectedListener(e -> ServiceCalls.error(getTranslation("import.error.rejected", e.getErrorMessage())));
        Span scanHint = new Span(getTranslation("request.scan.hint"));
        scanHint.addClassName("hint");
        FormLayout form = new FormLayout(new Paragraph(getTranslation(required ? "request.enact.act-required" : "request.enact.act-optional")),
                number, date, upload, scanHint);
        form.setColspan(upload, 2);
        form.setColspan(scanHint, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(form.getComponentAt(0), 2);
        dialog.add(form);
        Button ok = new Button(getTranslation("request.action.enact"), e -> {
            if (act(Map.of("actNumber", number, "actDate", date),
                    () -> requests.enact(request.number(), request.version(), number.getValue(), date.getValue(), scanName[0], scan[0]),
                    "request.enacted")) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("enact-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private boolean act(Supplier<ChangeRequest> action, String doneKey) {
        return act(Map.of(), action, doneKey);
    }

    private boolean act(Map<String, HasValidation> fields, Supplier<ChangeRequest> action, String doneKey) {
        ChangeRequest[] result = new ChangeRequest[1];
        boolean done = RequestCalls.run(this, new HashMap<>(fields), this::reload, () -> result[0] = action.get());
        if (done) {
            request = result[0];
            ServiceCalls.saved(this, doneKey, request.number(), request.enactedVersion() == null ? 0 : request.enactedVersion());
            render();
        }
        return done;
    }

    private Button button(String id, String labelKey, ButtonVariant variant, Runnable run) {
        Button b = new Button(getTranslation(labelKey), e -> run.run());
        if (variant != null) {
            b.addThemeVariants(variant);
        }
        b.setId(id);
        return b;
    }

    private static String me() {
        return TenantContext.principal().map(TenantPrincipal::actorId).orElse("");
    }

    @Override
    public String getPageTitle() {
        return (request == null ? getTranslation("requests.title") : getTranslation("request.number", request.number()))
                + " — " + getTranslation("app.name");
    }
}
