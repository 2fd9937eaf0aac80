package ru.perechen.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ru.perechen.http.BoundedBody;
import ru.perechen.documents.DocumentFormat;
import ru.perechen.documents.DocumentRejectedException;
import ru.perechen.documents.ImportPreview;
import ru.perechen.documents.ListExportService;
import ru.perechen.documents.ListImportService;
import ru.perechen.documents.UploadGuard;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Allowed;
import ru.perechen.ui.MessagesI18NProvider;
import ru.perechen.workflow.ChangeRequest;

/**
 * The documents of the caller's agency over the API: any version's files, a change request's
 * appendices to its order, and the import of a list file — previewed (nothing written) or turned
 * into a draft change request. The file is the request body, as the act scan is.
 */
@RestController
@Allowed(Access.AGENCY_STAFF)
@Tag(name = "Документы", description = "XLSX, DOCX, CSV, JSON of the list; import of a list file into a draft change request")
class DocumentsApi {

    private final ListExportService exports;
    private final ListImportService imports;
    private final MessagesI18NProvider messages;
    private final ru.perechen.http.HeldBodies held;

    DocumentsApi(ListExportService exports, ListImportService imports, MessagesI18NProvider messages, ru.perechen.http.HeldBodies held) {
        this.held = held;
        this.exports = exports;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/api/v1/list/versions/{number}/documents/{format}")
    @Operation(operationId = "versionDocument", summary = "A version as XLSX or DOCX in the agency's printed form, or as CSV or JSON open data")
    ResponseEntity<byte[]> version(@PathVariable int number, @PathVariable String format) {
        DocumentFormat wanted = PublicListController.parse(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(number, wanted, out);
        return file(out.toByteArray(), wanted.mediaType(), exports.fileName(number, wanted));
    }

    @GetMapping("/api/v1/change-requests/{number}/source")
    @Operation(summary = "The file the request was imported from, as it was uploaded (404 when it was drafted by hand, "
            + "409 when today's upload check refuses it)")
    ResponseEntity<byte[]> source(@PathVariable int number) {
        ListImportService.SourceFile source = imports.sourceFile(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // someone else's upload: always a download, never rendered or sniffed by the browser
        return attachment(DocumentFormat.ofImported(source.fileName()).mediaType(), source.fileName())
                .header("X-Content-SHA256", source.sha256()).header("X-Content-Type-Options", "nosniff").body(source.content());
    }

    @GetMapping("/api/v1/change-requests/{number}/documents/{document}")
    @Operation(summary = "A request's appendices to its order: changes-docx, list-xlsx or list-docx (drafts until enacted)")
    ResponseEntity<byte[]> request(@PathVariable int number, @PathVariable String document) {
        ListExportService.RequestDocument wanted;
        try {
            wanted = ListExportService.RequestDocument.valueOf(document.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.request(number, wanted, out);
        return file(out.toByteArray(), wanted.format().mediaType(), exports.requestFileName(number, wanted));
    }

    /** What the import understood, with each finding in words. */
    record PreviewBody(String fileName, int baseVersion, boolean mappingUnsure, boolean confirmable, Map<String, Long> counts,
                       List<Column> columns, List<Row> rows, List<String> excluded, List<String> fileFindings,
                       List<String> missingProcesses, List<String> missingTouchpoints, List<String> ruleFindings) {
    }

    record Column(String title, UUID mappedTo, String mappedTitle, boolean sure) {
    }

    record Row(String place, String status, UUID entryKey, String process, String touchpoint, List<String> findings) {
    }

    @Allowed(Access.DRAFTING)
    @PostMapping(value = "/api/v1/list/imports/preview", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Operation(summary = "Reads a list file (XLSX or DOCX, the body) and says what it would change; nothing is written")
    PreviewBody preview(@RequestParam String fileName, @RequestParam(defaultValue = "true") boolean excludeMissing,
                        jakarta.servlet.http.HttpServletRequest request) {
        imports.requireMayImport();
        return held.holding(UploadGuard.MAX_BYTES,
                () -> body(imports.preview(fileName, BoundedBody.read(request, UploadGuard.MAX_BYTES), Map.of(), excludeMissing)));
    }

    @Allowed(Access.DRAFTING)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/api/v1/list/imports", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Operation(summary = "Turns a list file into a draft change request (only a file without errors, with something to change)")
    ResponseEntity<ChangeRequest> confirm(@RequestParam String fileName, @RequestParam(defaultValue = "true") boolean excludeMissing,
                                          @RequestParam String title, @RequestParam(required = false) String note,
                                          jakarta.servlet.http.HttpServletRequest request) {
        imports.requireMayImport();
        return held.holding(UploadGuard.MAX_BYTES, () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(imports.confirm(fileName, BoundedBody.read(request, UploadGuard.MAX_BYTES), Map.of(), excludeMissing, title, note)));
    }

    private PreviewBody body(ImportPreview p) {
        Locale ru = MessagesI18NProvider.RUSSIAN;
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (ImportPreview.Status s : ImportPreview.Status.values()) {
            counts.put(s.name(), p.count(s));
        }
        counts.put("EXCLUDED", (long) p.excluded().size());
        return new PreviewBody(p.fileName(), p.baseVersion(), p.mappingUnsure(), p.confirmable(), counts,
                p.columns().stream().map(c -> new Column(c.title(), c.column() == null ? null : c.column().id(),
                        c.column() == null ? null : c.column().title(), c.sure())).toList(),
                p.rows().stream().map(r -> new Row(place(r.place(), ru), r.status().name(),
                        r.understood() == null ? null : r.understood().entryKey(),
                        r.understood() == null ? null : r.understood().processName(),
                        r.understood() == null ? null : r.understood().touchpointName(),
                        r.findings().stream().map(f -> finding(f, ru)).toList())).toList(),
                p.excluded().stream().map(r -> r.processName() + " — " + r.touchpointName()).toList(),
                p.fileFindings().stream().map(f -> (f.place().row() == 0 && f.place().table().isEmpty() ? ""
                        : place(f.place(), ru) + ": ") + finding(f, ru)).toList(),
                p.missingProcesses().stream().map(ImportPreview.MissingProcess::name).toList(),
                p.missingTouchpoints().stream().map(ImportPreview.MissingTouchpoint::name).toList(),
                p.ruleFindings().stream().map(f -> messages.getTranslation(f.rule().messageKey(), ru) + " — " + f.subject()).toList());
    }

    private String place(ImportPreview.Place place, Locale locale) {
        if (place.row() == 0) {
            return place.table().isEmpty() ? "" : messages.getTranslation(place.sheet() ? "list-import.place.sheet-only"
                    : "list-import.place.table-only", locale, place.table());
        }
        return messages.getTranslation(place.sheet() ? "list-import.place.sheet" : "list-import.place.table", locale, place.table(),
                place.row());
    }

    private String finding(ImportPreview.Finding f, Locale locale) {
        String where = f.place().column() == null ? "" : messages.getTranslation("list-import.in-column", locale, f.place().column()) + ": ";
        return messages.getTranslation("list-import.severity." + f.severity().name(), locale) + ": " + where
                + messages.getTranslation(f.messageKey(), locale, f.arguments().toArray());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String name) {
        return attachment(mediaType, name).body(bytes);
    }

    private static ResponseEntity.BodyBuilder attachment(String mediaType, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString());
    }
}
