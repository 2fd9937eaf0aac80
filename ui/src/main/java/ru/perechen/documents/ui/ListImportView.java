package ru.perechen.documents.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.documents.DocumentRejectedException;
import ru.perechen.documents.ImportPreview;
import ru.perechen.documents.ListImportService;
import ru.perechen.documents.UploadGuard;
import ru.perechen.register.ListDiff;
import ru.perechen.register.ListRow;
import ru.perechen.register.ListService;
import ru.perechen.register.RuleFinding;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.BoundedUploads;
import ru.perechen.uikit.PageHeader;
import ru.perechen.uikit.Uploads;
import ru.perechen.workflow.ChangeRequest;

/**
 * Загрузка Перечня из файла: the agency's XLSX or DOCX is checked and read into a preview — every row
 * as understood, with its findings by sheet or table, row and column, the mapping of its columns,
 * what the catalogues lack, and the methodology's findings over the list it would make. Nothing is
 * written until the person confirms; the confirmation makes a draft change request.
 */
@Route("agency/:agency/list/import")
@RolesAllowed({"EDITOR", "UNIT_HEAD", "TENANT_ADMIN"})
class ListImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final AgencyRouteGuard routes;
    private final ListImportService imports;
    private final ListTemplateService templates;
    private final ListService list;
    private final Div result = new Div();
    private final Checkbox excludeMissing = new Checkbox();
    private final Map<String, UUID> mapping = new HashMap<>();
    private AgencySummary agency;
    private String fileName;
    private byte[] file;

    ListImportView(AgencyRouteGuard routes, ListImportService imports, ListTemplateService templates, ListService list) {
        this.routes = routes;
        this.imports = imports;
        this.templates = templates;
        this.list = list;
        addClassName("page");
        addClassName("page-wide");
        result.setId("list-import-result");
        result.setWidthFull();
        excludeMissing.setId("list-import-exclude");
        excludeMissing.setLabel(getTranslation("list-import.exclude-missing"));
        excludeMissing.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                preview();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary summary) {
        removeAll();
        agency = summary;
        file = null;
        mapping.clear();
        result.removeAll();
        excludeMissing.setValue(list.currentNumber() > 0);
        Upload upload = new Upload();
        upload.setId("list-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadGuard.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".docx", XLSX, DOCX);
        upload.setI18n(Uploads.i18n(this, "list-import.upload", getTranslation("import.reject.too-large", UploadGuard.MAX_BYTES / 1024 / 1024),
                getTranslation("import.reject.extension")));
        upload.setUploadHandler(BoundedUploads.toTempFile(UploadGuard.MAX_BYTES, (metadata, data) -> {
            fileName = metadata.fileName();
            file = data;
            mapping.clear();
            preview();
            upload.clearFileList();
        }));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        Anchor back = new Anchor("agency/" + agency.slug() + "/list", getTranslation("list-import.back"));
        back.addClassName("inline-link");
        add(back, new PageHeader(getTranslation("list-import.title"), summary.shortName()),
                new Paragraph(getTranslation("list-import.intro", UploadGuard.MAX_BYTES / 1024 / 1024)), upload, excludeMissing,
                result);
    }

    private void preview() {
        if (file == null) {
            return;
        }
        result.removeAll();
        try {
            show(imports.preview(fileName, file, Map.copyOf(mapping), excludeMissing.getValue()));
        } catch (DocumentRejectedException refused) {
            Paragraph why = new Paragraph(getTranslation("list-import.refused", fileName,
                    getTranslation(refused.messageKey(), refused.arguments())));
            why.addClassNames("finding", "finding-error");
            why.setId("list-import-refused");
            Paragraph nothing = new Paragraph(getTranslation("list-import.nothing-saved"));
            nothing.addClassName("hint");
            result.add(why, nothing);
        } catch (ru.perechen.documents.ParseGate.Busy busy) {
            Paragraph why = new Paragraph(getTranslation("upload.error.busy"));
            why.addClassNames("finding", "finding-warning");
            why.setId("list-import-refused");
            result.add(why);
        }
    }

    private void show(ImportPreview p) {
        Paragraph counts = new Paragraph(getTranslation("list-import.summary", p.rows().size(), p.count(ImportPreview.Status.ADDED),
                p.count(ImportPreview.Status.MODIFIED), p.count(ImportPreview.Status.UNCHANGED), p.count(ImportPreview.Status.REFUSED),
                p.excluded().size()));
        counts.setId("list-import-summary");
        counts.addClassNames("finding", p.hasErrors() ? "finding-error" : "finding-success");
        result.add(new H2(getTranslation("list-import.preview", p.fileName())), counts);
        if (!p.fileFindings().isEmpty()) {
            UnorderedList findings = new UnorderedList();
            p.fileFindings().forEach(f -> findings.add(new ListItem(finding(f))));
            result.add(findings);
        }
        result.add(mapping(p));
        missing(p);
        result.add(rows(p));
        if (!p.excluded().isEmpty()) {
            UnorderedList excluded = new UnorderedList();
            excluded.setId("list-import-excluded");
            p.excluded().forEach(r -> excluded.add(new ListItem(r.processName() + " — " + r.touchpointName())));
            Details details = new Details(getTranslation("list-import.excluded", p.excluded().size()), excluded);
            details.setOpened(p.excluded().size() <= 10);
            result.add(details);
        }
        rules(p.ruleFindings());
        confirm(p);
    }

    private Details mapping(ImportPreview p) {
        List<TemplateColumn> columns = templates.current().columns();
        Div table = new Div();
        table.addClassName("import-mapping");
        table.setId("list-import-mapping");
        for (ImportPreview.FileColumn column : p.columns()) {
            if (column.title().isBlank()) {
                continue;
            }
            Select<Optional<TemplateColumn>> choice = new Select<>();
            choice.setLabel(column.title());
            List<Optional<TemplateColumn>> options = new java.util.ArrayList<>();
            options.add(Optional.empty());
            columns.forEach(c -> options.add(Optional.of(c)));
            choice.setItems(options);
            choice.setItemLabelGenerator(o -> o.map(TemplateColumn::title).orElse(getTranslation("list-import.column.ignored")));
            choice.setValue(Optional.ofNullable(column.column()).flatMap(c -> options.stream()
                    .filter(o -> o.isPresent() && o.get().id().equals(c.id())).findFirst()).orElse(Optional.empty()));
            if (!column.sure()) {
                choice.setHelperText(getTranslation("list-import.column.unsure"));
                choice.addClassName("unsure");
            }
            choice.addValueChangeListener(e -> {
                mapping.put(ListImportService.mappingKey(column.title()), e.getValue().map(TemplateColumn::id)
                        .orElse(ListImportService.IGNORED));
                preview();
            });
            table.add(choice);
        }
        Details details = new Details(getTranslation(p.mappingUnsure() ? "list-import.mapping.unsure" : "list-import.mapping"), table);
        details.setOpened(p.mappingUnsure());
        details.setId("list-import-mapping-panel");
        return details;
    }

    private void missing(ImportPreview p) {
        if (p.missingProcesses().isEmpty() && p.missingTouchpoints().isEmpty()) {
            return;
        }
        UnorderedList names = new UnorderedList();
        names.setId("list-import-missing");
        p.missingProcesses().forEach(m -> names.add(new ListItem(getTranslation("list-import.missing.process", m.name(),
                m.groupTitle() == null ? "—" : m.groupTitle()))));
        p.missingTouchpoints().forEach(m -> names.add(new ListItem(getTranslation("list-import.missing.touchpoint", m.name(),
                getTranslation(m.type().messageKey()), getTranslation("touchpoint.kind." + m.kind().name())))));
        Div box = new Div(new Span(getTranslation("list-import.missing")), names);
        box.addClassNames("finding", "finding-warning");
        if (Access.ADMINISTRATION.isGranted()) {
            Button add = new Button(getTranslation("list-import.missing.add"), VaadinIcon.PLUS.create(), e -> {
                if (call(Map.of(), () -> {
                    imports.addMissing(p.missingProcesses(), p.missingTouchpoints());
                    return null;
                }) != null) {
                    preview();
                }
            });
            add.setId("list-import-add-missing");
            box.add(add);
        } else {
            box.add(new Paragraph(getTranslation("list-import.missing.ask-admin")));
        }
        result.add(box);
    }

    private Grid<ImportPreview.ImportedRow> rows(ImportPreview p) {
        Grid<ImportPreview.ImportedRow> grid = new Grid<>();
        grid.setId("list-import-rows");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> place(r.place())).setHeader(getTranslation("list-import.column.place")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation("list-import.status." + r.status().name()));
            badge.getElement().getThemeList().add("badge small " + switch (r.status()) {
                case ADDED -> "success";
                case MODIFIED -> "";
                case UNCHANGED -> "contrast";
                case REFUSED -> "error";
            });
            return badge;
        }).setHeader(getTranslation("list-import.column.status")).setAutoWidth(true).setFlexGrow(0);
        int processCell = fileColumn(p, StandardColumn.PROCESS);
        int touchpointCell = fileColumn(p, StandardColumn.TOUCHPOINT);
        int needsCell = fileColumn(p, StandardColumn.NEEDS);
        grid.addColumn(r -> understood(r, row -> row.processName() + (row.unitName() == null ? "" : " (" + row.unitName() + ")"),
                processCell)).setHeader(getTranslation("list.field.PROCESS")).setFlexGrow(3);
        grid.addColumn(r -> understood(r, ListRow::touchpointName, touchpointCell)).setHeader(getTranslation("list.field.TOUCHPOINT"))
                .setFlexGrow(2);
        grid.addColumn(r -> understood(r, row -> ListService.needsText(row.needs()), needsCell))
                .setHeader(getTranslation("list.field.NEEDS")).setFlexGrow(3);
        Map<UUID, ListDiff.RowDiff> changed = p.diff().rows().stream().filter(d -> d.kind() == ListDiff.Kind.CHANGED)
                .collect(Collectors.toMap(d -> d.row().entryKey(), d -> d, (a, b) -> a));
        grid.addColumn(r -> r.status() != ImportPreview.Status.MODIFIED || r.understood() == null ? ""
                        : Optional.ofNullable(changed.get(r.understood().entryKey())).map(this::cellChanges).orElse(""))
                .setHeader(getTranslation("list-import.column.changes")).setFlexGrow(3);
        grid.addColumn(r -> r.findings().stream().map(this::findingText).collect(Collectors.joining("\n")))
                .setHeader(getTranslation("list-import.column.findings")).setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.status() == ImportPreview.Status.REFUSED ? "refused" : null);
        grid.setAllRowsVisible(false);
        grid.setHeight(Math.min(640, 64 + 110 * p.rows().size()) + "px");
        List<ImportPreview.ImportedRow> notable = p.rows().stream()
                .filter(r -> r.status() != ImportPreview.Status.UNCHANGED || !r.findings().isEmpty()).toList();
        Select<Boolean> show = new Select<>();
        show.setId("list-import-show");
        show.setLabel(getTranslation("list-import.show"));
        show.setWidth("24em");
        show.setItems(Boolean.TRUE, Boolean.FALSE);
        show.setItemLabelGenerator(all -> getTranslation(all ? "list-import.show.all" : "list-import.show.notable", notable.size()));
        show.addValueChangeListener(e -> grid.setItems(e.getValue() ? p.rows() : notable));
        show.setValue(notable.isEmpty() || p.rows().size() <= 20);
        result.add(show);
        return grid;
    }

    /** For a row the file changes: each changed column, before → after. */
    private String cellChanges(ListDiff.RowDiff diff) {
        return diff.cells().stream().map(c -> getTranslation(c.field().messageKey()) + ": "
                + (c.before() == null ? "—" : c.before().replace("\n", "; ")) + " → "
                + (c.after() == null ? "—" : c.after().replace("\n", "; "))).collect(Collectors.joining("\n"));
    }

    private void rules(List<RuleFinding> findings) {
        List<RuleFinding> errors = findings.stream().filter(f -> f.rule().isError()).toList();
        if (findings.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        findings.stream().limit(30).forEach(f -> items.add(new ListItem(getTranslation(f.rule().messageKey()) + " — " + f.subject()
                + " (" + f.rule().clause() + ")")));
        Details details = new Details(getTranslation("list-import.rules", errors.size(), findings.size() - errors.size()), items);
        details.setId("list-import-rules");
        result.add(details);
    }

    private void confirm(ImportPreview p) {
        TextField title = new TextField(getTranslation("request.field.title"));
        title.setId("list-import-title");
        title.setValue(getTranslation("list-import.default-title", p.fileName()));
        title.setWidth("32em");
        TextArea note = new TextArea(getTranslation("request.field.note"));
        note.setId("list-import-note");
        note.setWidth("32em");
        Button confirm = new Button(getTranslation("list-import.confirm", p.changes().size()), VaadinIcon.CHECK.create(), e -> {
            Object made = call(Map.of("title", title, "note", note), () -> imports.confirm(fileName, file, Map.copyOf(mapping),
                    excludeMissing.getValue(), title.getValue(), note.getValue()));
            if (made instanceof ChangeRequest request) {
                done(request);
            }
        });
        confirm.setId("list-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(p.confirmable());
        Paragraph why = new Paragraph(getTranslation(p.hasErrors() ? "list-import.fix-errors"
                : p.changes().isEmpty() ? "list-import.no-changes" : "list-import.makes-draft"));
        why.addClassName("hint");
        why.setId("list-import-hint");
        HorizontalLayout fields = new HorizontalLayout(title, note);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.add(fields, new HorizontalLayout(confirm), why);
    }

    private void done(ChangeRequest made) {
        Notification.show(getTranslation("list-import.done", made.number(), made.items().size()), 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("agency/" + agency.slug() + "/requests/" + made.number());
    }

    /** Runs a service call; a refusal is shown (at its field when there is one) and gives null. */
    private Object call(Map<String, com.vaadin.flow.component.HasValidation> fields, java.util.function.Supplier<Object> action) {
        Object[] out = new Object[1];
        try {
            boolean done = ServiceCalls.run(this, fields, this::preview, () -> {
                out[0] = action.get();
                return out[0];
            });
            return done ? (out[0] == null ? Boolean.TRUE : out[0]) : null;
        } catch (DocumentRejectedException refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (ru.perechen.tenancy.AccessDeniedToTenantException denied) {
            error(getTranslation("list-import.not-yours"));
        } catch (ru.perechen.documents.ParseGate.Busy busy) {
            error(getTranslation("upload.error.busy"));
        }
        return null;
    }

    private Span finding(ImportPreview.Finding f) {
        String where = place(f.place());
        Span span = new Span((where.isEmpty() ? "" : where + ": ") + findingText(f));
        span.addClassName("finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
        return span;
    }

    private String findingText(ImportPreview.Finding f) {
        String where = f.place().column() == null ? "" : getTranslation("list-import.in-column", f.place().column()) + ": ";
        return getTranslation("list-import.severity." + f.severity().name()) + ": " + where
                + getTranslation(f.messageKey(), f.arguments().toArray());
    }

    private String place(ImportPreview.Place place) {
        if (place.row() == 0) {
            return place.table().isEmpty() ? "" : getTranslation(place.sheet() ? "list-import.place.sheet-only"
                    : "list-import.place.table-only", place.table());
        }
        return getTranslation(place.sheet() ? "list-import.place.sheet" : "list-import.place.table", place.table(), place.row());
    }

    /** The row as understood, or the file's own cell when it was not understood. */
    private static String understood(ImportPreview.ImportedRow r, java.util.function.Function<ListRow, String> field, int cell) {
        if (r.understood() != null) {
            return field.apply(r.understood());
        }
        return cell >= 0 && cell < r.cells().size() ? r.cells().get(cell) : "";
    }

    /** Which of the file's columns holds a standard column, -1 when none does. */
    private static int fileColumn(ImportPreview p, StandardColumn standard) {
        for (int i = 0; i < p.columns().size(); i++) {
            TemplateColumn column = p.columns().get(i).column();
            if (column != null && column.standard() == standard) {
                return i;
            }
        }
        return -1;
    }

    private void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("list-import.title") + " — " + getTranslation("app.name");
    }
}
