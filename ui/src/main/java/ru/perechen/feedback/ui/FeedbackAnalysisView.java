package ru.perechen.feedback.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.perechen.feedback.FeedbackAnalysis;
import ru.perechen.feedback.FeedbackAnalysisService;
import ru.perechen.feedback.Parameter;
import ru.perechen.feedback.Quarter;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * The quarterly analysis of act 004 §11 for the responsible unit: the nine parameters against the
 * quarter before (a table and bars), overall satisfaction over five quarters, by channel kind, unit,
 * process group and touchpoint, the lowest touchpoints and those under the threshold, and the
 * difficulties clients wrote. Internal (§11): nothing of it is published. Roles: {@code Access.OVERSIGHT}.
 */
@Route("agency/:agency/feedback/analysis")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class FeedbackAnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int QUARTERS = 8;
    private final AgencyRouteGuard routes;
    private final FeedbackAnalysisService analysis;
    private final FeedbackAnalysisTables.Messages t = this::getTranslation;
    private final Select<Quarter> quarter = new Select<>();
    private final VerticalLayout content = new VerticalLayout();

    FeedbackAnalysisView(AgencyRouteGuard routes, FeedbackAnalysisService analysis) {
        this.routes = routes;
        this.analysis = analysis;
        addClassName("page");
        quarter.setId("analysis-quarter");
        quarter.setLabel(getTranslation("feedback.analysis.quarter"));
        quarter.setItemLabelGenerator(q -> FeedbackAnalysisTables.quarter(t, q));
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(LocalDate.now(Quarter.ZONE)); quarters.size() < QUARTERS; q = q.previous()) {
            quarters.add(q);
        }
        quarter.setItems(quarters);
        quarter.setValue(quarters.getFirst());
        quarter.addValueChangeListener(e -> show());
        content.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::open);
    }

    private void open(AgencySummary agency) {
        removeAll();
        add(new PageHeader(getTranslation("feedback.analysis.title"), agency.shortName()));
        Paragraph internal = new Paragraph(getTranslation("feedback.analysis.internal"));
        internal.setId("analysis-internal");
        internal.addClassName("hint");
        add(internal, quarter, content);
        show();
    }

    private void show() {
        content.removeAll();
        FeedbackAnalysis a = analysis.analysis(quarter.getValue());
        List<FeedbackAnalysis.Period> history = a.history();
        FeedbackAnalysis.Period before = history.size() > 1 ? history.get(history.size() - 2) : null;
        Paragraph total = new Paragraph(getTranslation("feedback.analysis.total", a.responses()));
        total.setId("analysis-total");
        Paragraph formulas = new Paragraph(getTranslation("feedback.analysis.formulas"));
        formulas.setId("analysis-formulas");
        formulas.addClassName("hint");
        content.add(total, new H2(getTranslation("feedback.analysis.parameters")),
                FeedbackAnalysisTables.parameters(t, a.overall(), before == null ? null : before.figures()),
                FeedbackAnalysisCharts.parameters(t, a.overall()), formulas);
        content.add(new H2(getTranslation("feedback.analysis.history")), FeedbackAnalysisCharts.history(t, history), history(history));
        slices("by-way", "way", a.byWay(), a.thresholdPercent());
        slices("by-unit", "unit", a.byUnit(), a.thresholdPercent());
        slices("by-group", "group", a.byGroup(), a.thresholdPercent());
        slices("by-touchpoint", "touchpoint", a.byTouchpoint(), a.thresholdPercent());
        content.add(new H2(getTranslation("feedback.analysis.lowest")));
        content.add(a.lowest().isEmpty() ? new Paragraph(getTranslation("feedback.analysis.lowest.none"))
                : FeedbackAnalysisTables.slices("analysis-lowest", getTranslation("feedback.analysis.touchpoint"), t, a.lowest(),
                a.thresholdPercent()));
        content.add(new H2(getTranslation("feedback.analysis.below", a.thresholdPercent())));
        content.add(a.belowThreshold().isEmpty() ? new Paragraph(getTranslation("feedback.analysis.below.none"))
                : FeedbackAnalysisTables.slices("analysis-below", getTranslation("feedback.analysis.touchpoint"), t, a.belowThreshold(),
                a.thresholdPercent()));
        content.add(new H2(getTranslation("feedback.analysis.difficulties")));
        content.add(a.difficulties().isEmpty() ? new Paragraph(getTranslation("feedback.analysis.difficulties.none"))
                : FeedbackAnalysisTables.difficulties(t, a.difficulties()));
    }

    private void slices(String dimension, String header, List<FeedbackAnalysis.Slice> slices, int threshold) {
        content.add(new H2(getTranslation("feedback.analysis." + dimension)), FeedbackAnalysisTables.slices("analysis-" + dimension,
                getTranslation("feedback.analysis." + header), t, slices, threshold));
    }

    private Grid<FeedbackAnalysis.Period> history(List<FeedbackAnalysis.Period> history) {
        Grid<FeedbackAnalysis.Period> grid = new Grid<>();
        grid.setId("analysis-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> FeedbackAnalysisTables.quarter(t, p.quarter())).setHeader(getTranslation("feedback.analysis.quarter"));
        grid.addColumn(FeedbackAnalysis.Period::responses).setHeader(getTranslation("feedback.analysis.responses"));
        grid.addColumn(p -> FeedbackAnalysisTables.percent(p.figures().get(Parameter.OVERALL).percent()))
                .setHeader(getTranslation(Parameter.OVERALL.messageKey()));
        grid.setItems(history);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.analysis.title") + " — " + getTranslation("app.name");
    }
}
