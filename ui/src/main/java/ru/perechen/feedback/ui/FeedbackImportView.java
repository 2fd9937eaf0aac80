package ru.perechen.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import ru.perechen.feedback.Channel;
import ru.perechen.feedback.FeedbackImport;
import ru.perechen.feedback.FeedbackImportPreview;
import ru.perechen.feedback.FeedbackImportPreview.Status;
import ru.perechen.feedback.FeedbackImportResult;
import ru.perechen.feedback.FeedbackRejectedException;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.ImportTarget;
import ru.perechen.feedback.SurveyVersion;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.BoundedUploads;
import ru.perechen.uikit.PageHeader;
import ru.perechen.uikit.Uploads;

/**
 * Загрузка отзывов из файла: feedback that came through the other channels of act 004 §9, as a CSV or
 * XLSX. The file is read into a preview — which column is read as what, every row's response or its
 * problems — and stored only when the person confirms and no row has a problem; the same file loaded
 * again stores nothing new.
 */
@Route("agency/:agency/feedback/import")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "EDITOR"})
class FeedbackImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgencyRouteGuard routes;
    private final FeedbackImport imports;
    private final FeedbackSetup setup;
    private final Select<Channel> channel = new Select<>();
    private final Div result = new Div();
    private final Map<String, ImportTarget> mapping = new HashMap<>();
    private SurveyVersion survey;
    private String fileName;
    private byte[] file;

    FeedbackImportView(AgencyRouteGuard routes, FeedbackImport imports, FeedbackSetup setup) {
        this.routes = routes;
        this.imports = imports;
        this.setup = setup;
        addClassName("page");
        addClassName("page-wide");
        result.setId("feedback-import-result");
        result.setWidthFull();
        channel.setId("feedback-import-channel");
        channel.setLabel(getTranslation("feedback.import.channel"));
        channel.setHelperText(getTranslation("feedback.import.channel.help"));
        channel.setPlaceholder(getTranslation("feedback.import.channel.none"));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("feedback.import.channel.none"));
        channel.setItems(Arrays.stream(Channel.values()).filter(c -> c != Channel.SURVEY_LINK).toList());
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("feedback.import.channel.none") : getTranslation(c.messageKey()));
        channel.setWidth("32em");
        channel.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                preview();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary agency) {
        removeAll();
        file = null;
        mapping.clear();
        result.removeAll();
        RouterLink back = new RouterLink(getTranslation("feedback.import.back"), PaperEntryView.class,
                new RouteParameters(AgencyRouteGuard.SLUG, agency.slug()));
        back.addClassName("inline-link");
        add(back, new PageHeader(getTranslation("feedback.import.title"), agency.shortName()));
        survey = setup.survey().orElse(null);
        if (survey == null) {
            Paragraph off = new Paragraph(getTranslation("feedback.entry.off"));
            off.setId("feedback-import-off");
            add(off);
            return;
        }
        add(new Paragraph(getTranslation("feedback.import.intro", imports.maxBytes() / 1024 / 1024, survey.number())), channel,
                upload(), result);
    }

    private Upload upload() {
        Upload upload = new Upload();
        upload.setId("feedback-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(imports.maxBytes());
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setI18n(Uploads.i18n(this, "feedback.import.upload", getTranslation("import.reject.too-large",
                imports.maxBytes() / 1024 / 1024), getTranslation("feedback.import.reject.extension")));
        upload.setUploadHandler(BoundedUploads.toTempFile(imports.maxBytes(), (metadata, data) -> {
            fileName = metadata.fileName();
            file = data;
            mapping.clear();
            preview();
            upload.clearFileList();
        }));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        return upload;
    }

    private void preview() {
        if (file == null) {
            return;
        }
        result.removeAll();
        try {
            show(imports.preview(fileName, file, Map.copyOf(mapping), channel.getValue()));
        } catch (FeedbackRejectedException refused) {
            boolean busy = "busy".equals(refused.field());
            Paragraph why = new Paragraph(busy ? text(refused) : getTranslation("feedback.import.refused", fileName, text(refused)));
            why.addClassNames("finding", busy ? "finding-warning" : "finding-error");
            why.setId("feedback-import-refused");
            Paragraph nothing = new Paragraph(getTranslation("feedback.import.nothing-saved"));
            nothing.addClassName("hint");
            result.add(why, nothing);
        }
    }

    private void show(FeedbackImportPreview p) {
        Paragraph summary = new Paragraph(getTranslation("feedback.import.summary", p.rows().size(), p.count(Status.ACCEPTED),
                p.count(Status.REFUSED), p.count(Status.ALREADY_IMPORTED)));
        summary.setId("feedback-import-summary");
        summary.addClassNames("finding", p.hasProblems() ? "finding-error" : "finding-success");
        result.add(new H2(getTranslation("feedback.import.preview", p.fileName())), summary);
        if (!p.reported().isEmpty()) {
            FeedbackAnalysisTables.Messages t = this::getTranslation;
            Paragraph reported = new Paragraph(getTranslation("feedback.import.reported", p.reported().stream()
                    .map(q -> FeedbackAnalysisTables.quarter(t, q)).collect(java.util.stream.Collectors.joining(", "))));
            reported.addClassNames("finding", "finding-warning");
            reported.setId("feedback-import-reported");
            result.add(reported);
        }
        if (!p.sheet().isEmpty()) {
            Paragraph sheet = new Paragraph(p.otherSheets().isEmpty() ? getTranslation("feedback.import.sheet", p.sheet(), p.headerRow())
                    : getTranslation("feedback.import.sheet.others", p.sheet(), p.headerRow(), String.join("», «", p.otherSheets())));
            sheet.addClassName("hint");
            sheet.setId("feedback-import-sheet");
            result.add(sheet);
        }
        if (!p.fileProblems().isEmpty()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("feedback-import-file-problems");
            problems.addClassName("finding-error");
            p.fileProblems().forEach(f -> problems.add(new ListItem((f.column() == null ? ""
                    : getTranslation("feedback.import.in-column", f.column()) + ": ") + getTranslation(f.messageKey(), f.arguments().toArray()))));
            result.add(problems);
        }
        result.add(new ImportMappingPanel(p, (key, target) -> {
            mapping.put(key, target);
            preview();
        }), new ImportRowsGrid(p, survey.definition()));
        confirm(p);
    }

    private void confirm(FeedbackImportPreview p) {
        long accepted = p.count(Status.ACCEPTED);
        Button confirm = new Button(getTranslation("feedback.import.confirm.count", accepted), VaadinIcon.CHECK.create(), e -> store());
        confirm.setId("feedback-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(p.confirmable());
        confirm.setDisableOnClick(true);
        Paragraph hint = new Paragraph(getTranslation(p.hasProblems() ? "feedback.import.fix-problems"
                : accepted == 0 ? "feedback.import.nothing-new" : "feedback.import.stores"));
        hint.addClassName("hint");
        hint.setId("feedback-import-hint");
        result.add(confirm, hint);
    }

    private void store() {
        try {
            FeedbackImportResult done = imports.confirm(fileName, file, Map.copyOf(mapping), channel.getValue());
            Notification.show(getTranslation(done.alreadyImported() == 0 ? "feedback.import.done" : "feedback.import.done.again",
                    done.stored(), done.alreadyImported()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (FeedbackRejectedException refused) {
            error(text(refused));
        }
        preview();
    }

    private String text(FeedbackRejectedException refused) {
        return refused.problems().stream().map(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.import.title") + " — " + getTranslation("app.name");
    }
}
