package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import ru.perechen.uikit.BoundedUploads;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.Uploads;
import ru.perechen.workflow.ActScan;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;

/**
 * The order's scans on a request page: every attachment downloadable (the newest is in force, a
 * correction says when and why), and — for an enacted request — the dialog that attaches a correction
 * with its reason. An enacted request's scan is never replaced: the earlier one stays in the list.
 */
final class ActScans {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private ActScans() {
    }

    static Component list(Component owner, ChangeRequestService requests, int number, List<ActScan> scans) {
        Div list = new Div();
        list.setId("act-scans");
        for (ActScan scan : scans) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
                ActScan file = requests.actScanFile(number, scan.number()).orElseThrow();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "application/pdf", file.size());
            }), owner.getTranslation("request.scan.download", scan.fileName(), Math.max(1, scan.size() / 1024)));
            download.getElement().setAttribute("download", true);
            download.setId(scan.number() == scans.getLast().number() ? "act-scan-download" : "act-scan-download-" + scan.number());
            Div line = new Div(download);
            if (scan.correctionReason() != null) {
                line.add(new Span(" — " + owner.getTranslation("request.scan.correction", Formats.dateTime(scan.uploadedAt(), ZONE),
                        scan.uploadedBy(), scan.correctionReason())));
            }
            if (scans.size() > 1 && scan.number() != scans.getLast().number()) {
                line.addClassName("superseded");
                line.add(new Span(" " + owner.getTranslation("request.scan.superseded")));
            }
            list.add(line);
        }
        return list;
    }

    /**
     * The button that opens the correction dialog.
     *
     * @param act runs a service call with its fields, shows a refusal at its field, and says whether it succeeded
     */
    static Button correctButton(Component owner, ChangeRequestService requests, ChangeRequest request,
                                BiFunction<Map<String, com.vaadin.flow.component.HasValidation>, Supplier<ChangeRequest>, Boolean> act) {
        Button open = new Button(owner.getTranslation("request.scan.correct"), e -> dialog(owner, requests, request, act).open());
        open.setId("correct-scan");
        return open;
    }

    private static Dialog dialog(Component owner, ChangeRequestService requests, ChangeRequest request,
                                 BiFunction<Map<String, com.vaadin.flow.component.HasValidation>, Supplier<ChangeRequest>, Boolean> act) {
        Dialog dialog = new FormDialog(owner.getTranslation("request.scan.correct.title", request.number()));
        TextArea reason = new TextArea(owner.getTranslation("request.scan.correct.reason"));
        reason.setId("correction-reason");
        reason.setMaxLength(ActScan.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        byte[][] scan = new byte[1][];
        String[] name = new String[1];
        Upload upload = new Upload();
        upload.setId("correction-scan");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ActScan.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setI18n(Uploads.i18n(owner, "request.scan.add", owner.getTranslation("request.error.scan-too-large",
                ActScan.MAX_BYTES / 1024 / 1024), owner.getTranslation("request.error.scan-not-pdf")));
        upload.setUploadHandler(BoundedUploads.toTempFile(ActScan.MAX_BYTES, (metadata, data) -> {
            scan[0] = data;
            name[0] = metadata.fileName();
        }));
        upload.addFileRemovedListener(e -> scan[0] = null);
        Span hint = new Span(owner.getTranslation("request.scan.correct.hint"));
        hint.addClassName("hint");
        FormLayout form = new FormLayout(reason, upload, hint);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button ok = new Button(owner.getTranslation("request.scan.correct.confirm"), e -> {
            if (act.apply(Map.of("reason", reason), () -> requests.correctActScan(request.number(), request.version(), name[0], scan[0],
                    reason.getValue()))) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("correction-confirm");
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), ok);
        return dialog;
    }
}
