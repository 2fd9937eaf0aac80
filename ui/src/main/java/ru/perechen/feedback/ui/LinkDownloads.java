package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import ru.perechen.feedback.SurveyDefinition;
import ru.perechen.feedback.TouchpointLink;
import ru.perechen.tenancy.AgencySummary;

/** A touchpoint's downloads: its QR code as PNG and SVG, and the paper form with that code, made when clicked. */
final class LinkDownloads {

    static final String PNG = "image/png";
    static final String SVG = "image/svg+xml";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int PNG_MODULE = 12;

    private LinkDownloads() {
    }

    static Component of(Component context, AgencySummary agency, SurveyDefinition survey, TouchpointLink link, String url) {
        Span links = new Span();
        links.addClassName("downloads");
        links.add(anchor(context, "feedback.page.download.png", link, "png", () -> QrCodes.png(url, PNG_MODULE),
                SurveyLinks.fileName("qr", link, "png"), PNG));
        links.add(anchor(context, "feedback.page.download.svg", link, "svg", () -> QrCodes.svg(url).getBytes(StandardCharsets.UTF_8),
                SurveyLinks.fileName("qr", link, "svg"), SVG));
        if (survey != null) {
            PaperForm paper = new PaperForm(context::getTranslation);
            links.add(anchor(context, "feedback.page.download.docx", link, "docx",
                    () -> paper.docx(agency.fullName(), agency.shortName(), link.touchpointName(), url, survey),
                    SurveyLinks.fileName("anketa", link, "docx"), DOCX));
        }
        return links;
    }

    private static Anchor anchor(Component context, String label, TouchpointLink link, String kind, Supplier<byte[]> bytes,
                                 String fileName, String mediaType) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, mediaType, content.length);
        }), context.getTranslation(label));
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("data-download", kind);
        anchor.getElement().setAttribute("aria-label", context.getTranslation(label) + " — " + link.touchpointName());
        return anchor;
    }
}
