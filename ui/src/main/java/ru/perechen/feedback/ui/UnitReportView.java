package ru.perechen.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.feedback.FeedbackRejectedException;
import ru.perechen.feedback.Quarter;
import ru.perechen.feedback.UnitReport;
import ru.perechen.feedback.UnitReport.Line;
import ru.perechen.feedback.UnitReportService;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;
import ru.perechen.uikit.ReportTable;

/**
 * One unit's quarterly information (act 004 §10, Приложение № 2): the unit enters the clients served per
 * process group and channel kind, sees the counted feedback beside them with the formulas, and sends it to
 * its head, who signs it or gives it back; downloadable as XLSX and DOCX in the form's layout. The buttons
 * are those the service says this person may use now.
 */
@Route("agency/:agency/feedback/reports/:unit/:quarter")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class UnitReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final UnitReportService reports;
    private final FeedbackAnalysisTables.Messages t = this::getTranslation;
    private final UnitReportFiles files = new UnitReportFiles(t);
    private final Map<String, IntegerField> served = new LinkedHashMap<>();
    private AgencySummary agency;
    private UUID unitId;
    private Quarter quarter;
    private UnitReport report;

    UnitReportView(AgencyRouteGuard routes, UnitReportService reports) {
        this.routes = routes;
        this.reports = reports;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AgencySummary> own = routes.ownAgency(event);
        if (own.isEmpty()) {
            return;
        }
        agency = own.get();
        try {
            unitId = UUID.fromString(event.getRouteParameters().get("unit").orElse(""));
            quarter = Quarter.parse(event.getRouteParameters().get("quarter").orElse(""));
            report = reports.report(unitId, quarter);
        } catch (IllegalArgumentException | InvalidConfigurationException | AccessDeniedToTenantException unknown) {
            removeAll();
            add(new PageHeader(getTranslation("feedback.report.title"), agency.shortName()),
                    new Paragraph(getTranslation("feedback.report.not-found")));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        served.clear();
        add(new PageHeader(getTranslation("feedback.report.title"), report.unitName() + " — " + agency.shortName()));
        add(new UnitReportFacts(t, report));
        add(lines());
        Paragraph formula = new Paragraph(getTranslation("feedback.report.formula"));
        formula.setId("report-formula");
        formula.addClassName("hint");
        add(formula, actions());
    }

    private ReportTable lines() {
        ReportTable table = new ReportTable("report-lines", List.of(getTranslation("feedback.report.col.group"),
                getTranslation("feedback.report.col.way.short"), getTranslation("feedback.report.col.served.short"),
                getTranslation("feedback.report.col.feedback.short"), getTranslation("feedback.report.col.share.short"),
                getTranslation("feedback.report.col.reviews.short"), getTranslation("feedback.report.col.satisfaction.short")));
        List<Row> rows = new ArrayList<>();
        report.lines().forEach(l -> rows.add(new Row(l, false)));
        if (!report.lines().isEmpty()) {
            rows.add(new Row(report.total(), true));
        }
        for (Row r : rows) {
            table.row(r.total(), r.total() ? getTranslation("feedback.report.total") : files.group(r.line()),
                    r.total() ? "" : files.way(r.line().way()), servedCell(r), r.line().feedback(),
                    UnitReportFiles.percent(r.line().sharePercent()), r.line().reviews(), UnitReportFiles.percent(r.line().satisfactionPercent()));
        }
        return table;
    }

    private com.vaadin.flow.component.Component servedCell(Row row) {
        if (row.total() || !report.actions().enter()) {
            return new com.vaadin.flow.component.html.Span(row.line().served() == null ? "—" : String.valueOf(row.line().served()));
        }
        IntegerField field = new IntegerField();
        field.setId("served-" + served.size());
        field.setMin(0);
        field.setMax(10_000_000);
        field.setValue(row.line().served());
        field.setWidthFull();
        field.setAriaLabel(getTranslation("feedback.report.served.aria", files.group(row.line()), files.way(row.line().way())));
        served.put(row.line().key(), field);
        return field;
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("report-actions");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        UnitReport.Actions may = report.actions();
        if (may.enter()) {
            Button save = new Button(getTranslation("feedback.report.save"), e -> act(() -> reports.enter(unitId, quarter, values(),
                    report.version()), "feedback.report.saved"));
            save.setId("report-save");
            bar.add(save);
        }
        if (may.enter() && !report.lines().isEmpty()) {
            Button submit = new Button(getTranslation("feedback.report.submit"), e -> act(() -> reports.submit(unitId, quarter, values(),
                    report.version()), "feedback.report.submitted"));
            submit.setId("report-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(submit);
        }
        if (may.sign()) {
            Button sign = new Button(getTranslation("feedback.report.sign"), e -> act(() -> reports.sign(unitId, quarter, report.version()),
                    "feedback.report.signed"));
            sign.setId("report-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            bar.add(sign);
        }
        if (may.giveBack()) {
            Button back = new Button(getTranslation("feedback.report.return"), e -> new ReturnDialog(t, comment ->
                    act(() -> reports.giveBack(unitId, quarter, comment, report.version()), "feedback.report.returned")).open());
            back.setId("report-return");
            bar.add(back);
        }
        if (!may.sign() && may.giveBack()) {
            Paragraph own = new Paragraph(getTranslation("feedback.report.own-submission"));
            own.setId("report-own-submission");
            own.addClassName("hint");
            bar.add(own);
        }
        if (!report.lines().isEmpty()) {
            bar.add(download("xlsx", UnitReportFiles.XLSX, () -> files.xlsx(agency, report)),
                    download("docx", UnitReportFiles.DOCX, () -> files.docx(agency, report)));
        }
        return bar;
    }

    private Anchor download(String extension, String mediaType, Supplier<byte[]> bytes) {
        UnitReport shown = report;
        Anchor anchor = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(e -> {
            byte[] content = bytes.get();
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(content),
                    UnitReportFiles.fileName(shown, extension), mediaType, content.length);
        }), getTranslation("feedback.report.download." + extension));
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("data-download", extension);
        return anchor;
    }

    private Map<String, Integer> values() {
        Map<String, Integer> values = new HashMap<>();
        served.forEach((key, field) -> values.put(key, field.getValue()));
        return values;
    }

    private void act(Supplier<UnitReport> action, String doneKey) {
        Map<String, HasValidation> fields = new HashMap<>(served);
        FeedbackProblems.clear(fields);
        try {
            if (badInput()) {
                return;
            }
            UnitReport[] done = new UnitReport[1];
            if (ServiceCalls.run(this, fields, this::reload, () -> done[0] = action.get())) {
                report = done[0];
                ServiceCalls.saved(this, doneKey);
                render();
            }
        } catch (FeedbackRejectedException refused) {
            FeedbackProblems.show(this, fields, refused.problems());
        } catch (AccessDeniedToTenantException denied) {
            ServiceCalls.error(getTranslation("feedback.report.denied"));
            reload();
        }
    }

    /** A number the browser could not read stays empty in the field: say so rather than save «not entered». */
    private boolean badInput() {
        boolean bad = false;
        for (IntegerField field : served.values()) {
            if (field.isInvalid() && field.getValue() == null) {
                field.setErrorMessage(getTranslation("feedback.report.error.served", 10_000_000));
                bad = true;
            }
        }
        return bad;
    }

    private void reload() {
        report = reports.report(unitId, quarter);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.report.title");
    }

    record Row(Line line, boolean total) {
    }
}
