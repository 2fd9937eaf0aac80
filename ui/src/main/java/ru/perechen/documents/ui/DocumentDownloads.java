package ru.perechen.documents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import ru.perechen.documents.DocumentFormat;
import ru.perechen.documents.ListExportService;
import ru.perechen.documents.SourceRefusedException;
import ru.perechen.register.ListVersion;
import ru.perechen.register.ui.VersionDocuments;
import ru.perechen.tenancy.AgencySummary;

/** The download links of a version: XLSX, DOCX, CSV, JSON, and the changes of its request. */
@org.springframework.stereotype.Component
class DocumentDownloads implements VersionDocuments {

    private final ListExportService exports;
    private final ru.perechen.documents.ListImportService imports;

    DocumentDownloads(ListExportService exports, ru.perechen.documents.ListImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @Override
    public com.vaadin.flow.component.Component downloads(AgencySummary agency, ListVersion version) {
        Span links = new Span();
        links.addClassName("downloads");
        links.getElement().setAttribute("aria-label", links.getTranslation("documents.downloads", version.number()));
        for (DocumentFormat format : DocumentFormat.values()) {
            String name = ListExportService.fileName(agency, version.number(), format);
            links.add(link(format.name(), name, format.mediaType(), out -> exports.export(version.number(), format, out),
                    "download-" + format.extension() + "-" + version.number()));
        }
        if (version.requestNumber() != null) {
            links.add(link(links.getTranslation("documents.changes"), ListExportService.changesFileName(agency, version.number()),
                    DocumentFormat.DOCX.mediaType(), out -> exports.changes(version.number(), out),
                    "download-changes-" + version.number()));
        }
        return links;
    }

    @Override
    public com.vaadin.flow.component.Component downloadMenu(AgencySummary agency, ListVersion version) {
        com.vaadin.flow.component.menubar.MenuBar menu = new com.vaadin.flow.component.menubar.MenuBar();
        menu.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_SMALL);
        var icon = com.vaadin.flow.component.icon.VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        var top = menu.addItem(new Span(icon, new Span(" " + menu.getTranslation("documents.download"))));
        top.getElement().setAttribute("aria-label", menu.getTranslation("documents.downloads", version.number()));
        Span links = (Span) downloads(agency, version);
        links.getChildren().toList().forEach(link -> {
            links.remove(link);
            link.getElement().removeAttribute("id");
            top.getSubMenu().addItem(link);
        });
        menu.setId("version-documents-" + version.number());
        return menu;
    }

    @Override
    public com.vaadin.flow.component.Component requestDownloads(AgencySummary agency, int requestNumber) {
        Span links = new Span();
        links.addClassName("downloads");
        for (ListExportService.RequestDocument document : ListExportService.RequestDocument.values()) {
            links.add(link(links.getTranslation("documents.request." + document.name()),
                    ListExportService.requestFileName(agency, requestNumber, document), document.format().mediaType(),
                    out -> exports.request(requestNumber, document, out),
                    "download-request-" + document.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        }
        imports.source(requestNumber).ifPresent(source -> {
            // the description is read for the page; the bytes only when someone downloads them
            Anchor original = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] content;
                try {
                    content = imports.sourceFile(requestNumber).orElseThrow().content();
                } catch (SourceRefusedException refused) {
                    // kept before the upload check refused what it carries: not handed to the approver
                    String message = links.getTranslation("documents.source.refused",
                            links.getTranslation(refused.reason().messageKey(), refused.reason().arguments()));
                    e.getUI().access(() -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
                    return DownloadResponse.error(409, message);
                }
                return new DownloadResponse(new ByteArrayInputStream(content), source.fileName(), DocumentFormat.ofImported(source.fileName()).mediaType(),
                        content.length);
            }), links.getTranslation("documents.request.source", source.fileName()));
            original.getElement().setAttribute("download", true);
            original.getElement().setAttribute("title", links.getTranslation("documents.request.source.title",
                    source.uploadedBy(), source.rowCount(), source.sha256()));
            original.addClassName("download-link");
            original.setId("download-request-source");
            links.add(original);
        });
        return links;
    }

    private static Anchor link(String text, String fileName, String mediaType, Consumer<ByteArrayOutputStream> write, String id) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(e -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write.accept(out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("download-link");
        anchor.setId(id);
        return anchor;
    }
}
