package ru.perechen.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import ru.perechen.uikit.BoundedUploads;
import ru.perechen.uikit.Uploads;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import ru.perechen.admin.RegistryImportService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * Импорт реестра процессов: the tenant admin uploads a simple XLSX, sees every problem by row and
 * column, and adds the processes only when the whole file is right.
 */
@Route("agency/:agency/processes/import")
@RolesAllowed("TENANT_ADMIN")
class RegistryImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgencyRouteGuard routes;
    private final RegistryImportService imports;
    private final Div result = new Div();
    private AgencySummary agency;
    private byte[] checked;

    RegistryImportView(AgencyRouteGuard routes, RegistryImportService imports) {
        this.routes = routes;
        this.imports = imports;
        addClassName("page");
        result.setId("import-result");
        result.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary summary) {
        removeAll();
        agency = summary;
        checked = null;
        result.removeAll();
        UnorderedList columns = new UnorderedList();
        columns.addClassName("column-list");
        Arrays.stream(RegistryImportService.Column.values()).forEach(c -> columns.add(new ListItem(
                c.title() + (c.required() ? " — " + getTranslation("import.column.required") : ""))));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = imports.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "reestr-processov.xlsx", XLSX, bytes.length);
        }), getTranslation("import.template"));
        template.setId("import-template");
        template.getElement().setAttribute("download", true);

        Upload upload = new Upload();
        upload.setUploadHandler(BoundedUploads.toTempFile(RegistryImportService.MAX_BYTES, (metadata, data) -> {
            check(data);
            // one file at a time: the next upload replaces this one
            upload.clearFileList();
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RegistryImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.setI18n(russianUpload());
        upload.addFileRejectedListener(e -> error(getTranslation("import.error.rejected", e.getErrorMessage())));

        Button back = new Button(getTranslation("import.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("agency/" + agency.slug() + "/processes"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, new PageHeader(getTranslation("import.title"), summary.shortName()),
                new Paragraph(getTranslation("import.intro", RegistryImportService.MAX_ROWS)), columns,
                new Paragraph(getTranslation("import.units-hint")), template, upload, result);
    }

    private void check(byte[] data) {
        RegistryImportService.Report report = imports.importFile(data, false);
        result.removeAll();
        if (report.ok()) {
            checked = data;
            Paragraph ok = new Paragraph(getTranslation("import.check.ok", report.processes().size()));
            ok.addClassNames("finding", "finding-success");
            Button confirm = new Button(getTranslation("import.action.confirm", report.processes().size()), e -> commit());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("import-confirm");
            UnorderedList names = new UnorderedList();
            report.processes().forEach(n -> names.add(new ListItem(n)));
            result.add(ok, names, new HorizontalLayout(confirm));
        } else {
            checked = null;
            showProblems(report);
        }
    }

    private void commit() {
        if (checked == null) {
            return;
        }
        RegistryImportService.Report report = imports.importFile(checked, true);
        if (report.committed()) {
            Notification.show(getTranslation("import.done", report.processes().size()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("agency/" + agency.slug() + "/processes");
        } else {
            // the registry changed since the check (e.g. another admin added one of the processes)
            checked = null;
            result.removeAll();
            showProblems(report);
        }
    }

    private void showProblems(RegistryImportService.Report report) {
        Paragraph summary = new Paragraph(getTranslation("import.check.problems", report.problems().size()));
        summary.addClassNames("finding", "finding-error");
        UnorderedList list = new UnorderedList();
        list.setId("import-problems");
        report.problems().forEach(p -> {
            String where = p.row() == 0 ? getTranslation("import.where.file")
                    : p.column() == null ? getTranslation("import.where.row", p.row())
                    : getTranslation("import.where.cell", p.row(), p.column());
            list.add(new ListItem(new Span(where + ": " + getTranslation(p.messageKey(), p.arguments().toArray()))));
        });
        Paragraph nothing = new Paragraph(getTranslation("import.nothing-saved"));
        nothing.addClassName("hint");
        result.add(summary, list, nothing);
    }

    private UploadI18N russianUpload() {
        return Uploads.i18n(this, "import.upload.add", getTranslation("import.error.too-large", RegistryImportService.MAX_BYTES / 1024 / 1024),
                getTranslation("import.error.not-xlsx"));
    }

    private void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " — " + getTranslation("app.name");
    }
}
