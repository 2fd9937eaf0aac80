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
import ru.perechen.feedback.Quarter;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * The quarterly analysis of act 004 §11 for the responsible unit: the nine parameters against the
 * quarter before, by channel kind, unit, process group and touchpoint, the touchpoints under the
 * threshold and the difficulties clients wrote. Internal (§11): nothing of it is published.
 */
@Route("agency/:agency/feedback/analysis")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class FeedbackAnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final AgencyRouteGuard routes;
    private final FeedbackAnalysisService analysis;
    private final Select<Quarter> quarter = new Select<>();
    private final VerticalLayout content = new VerticalLayout();

    FeedbackAnalysisView(AgencyRouteGuard routes, FeedbackAnalysisService analysis) {
        this.routes = routes;
        this.analysis = analysis;
        addClassName("page");
        quarter.setId("analysis-quarter");
        quarter.setLabel(getTranslation("feedback.analysis.quarter"));
        quarter.setItemLabelGenerator(q -> getTranslation("feedback.analysis.quarter.label", roman(q.number()), String.valueOf(q.year())));
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(LocalDate.now(Quarter.ZONE)); quarters.size() < 8; q = q.previous()) {
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
        internal.addClassName("hint");
        add(internal, quarter, content);
        show();
    }

    private void show() {
        content.removeAll();
        FeedbackAnalysis a = analysis.analysis(quarter.getValue());
        FeedbackAnalysis.Period before = a.history().size() > 1 ? a.history().get(a.history().size() - 2) : null;
        Paragraph total = new Paragraph(getTranslation("feedback.analysis.total", a.responses()));
        total.setId("analysis-total");
        content.add(total);
        content.add(new H2(getTranslation("feedback.analysis.parameters")));
        content.add(AnalysisTables.parameters(this::getTranslation, a.overall(), before == null ? null : before.figures()));
        Paragraph formulas = new Paragraph(getTranslation("feedback.analysis.formulas"));
        formulas.addClassName("hint");
        content.add(formulas);
        content.add(new H2(getTranslation("feedback.analysis.history")));
        content.add(history(a));
        content.add(new H2(getTranslation("feedback.analysis.by-way")));
        content.add(AnalysisTables.slices("analysis-by-way", getTranslation("feedback.analysis.way"), this::getTranslation, a.byWay(),
                a.thresholdPercent()));
        content.add(new H2(getTranslation("feedback.analysis.by-unit")));
        content.add(AnalysisTables.slices("analysis-by-unit", getTranslation("feedback.analysis.unit"), this::getTranslation, a.byUnit(),
                a.thresholdPercent()));
        content.add(new H2(getTranslation("feedback.analysis.by-group")));
        content.add(AnalysisTables.slices("analysis-by-group", getTranslation("feedback.analysis.group"), this::getTranslation, a.byGroup(),
                a.thresholdPercent()));
        content.add(new H2(getTranslation("feedback.analysis.by-touchpoint")));
        content.add(AnalysisTables.slices("analysis-by-touchpoint", getTranslation("feedback.analysis.touchpoint"), this::getTranslation,
                a.byTouchpoint(), a.thresholdPercent()));
        content.add(new H2(getTranslation("feedback.analysis.below", a.thresholdPercent())));
        content.add(a.belowThreshold().isEmpty() ? new Paragraph(getTranslation("feedback.analysis.below.none"))
                : AnalysisTables.slices("analysis-below", getTranslation("feedback.analysis.touchpoint"), this::getTranslation,
                a.belowThreshold(), a.thresholdPercent()));
        content.add(new H2(getTranslation("feedback.analysis.difficulties")));
        content.add(difficulties(a));
    }

    private Grid<FeedbackAnalysis.Period> history(FeedbackAnalysis a) {
        Grid<FeedbackAnalysis.Period> grid = new Grid<>();
        grid.setId("analysis-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> getTranslation("feedback.analysis.quarter.label", roman(p.quarter().number()), String.valueOf(p.quarter().year())))
                .setHeader(getTranslation("feedback.analysis.quarter"));
        grid.addColumn(FeedbackAnalysis.Period::responses).setHeader(getTranslation("feedback.analysis.responses"));
        grid.addColumn(p -> AnalysisTables.percent(p.figures().get(ru.perechen.feedback.Parameter.OVERALL).percent()))
                .setHeader(getTranslation(ru.perechen.feedback.Parameter.OVERALL.messageKey()));
        grid.setItems(a.history());
        return grid;
    }

    private Grid<FeedbackAnalysis.Difficulty> difficulties(FeedbackAnalysis a) {
        Grid<FeedbackAnalysis.Difficulty> grid = new Grid<>();
        grid.setId("analysis-difficulties");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(a.difficulties().size() <= 20);
        grid.addColumn(d -> DATE.format(d.answeredAt().atZone(Quarter.ZONE))).setHeader(getTranslation("feedback.analysis.date"));
        grid.addColumn(d -> AnalysisTables.name(this::getTranslation, d.touchpointName())).setHeader(getTranslation("feedback.analysis.touchpoint"));
        grid.addColumn(d -> getTranslation(d.parameter().messageKey())).setHeader(getTranslation("feedback.analysis.parameter"));
        grid.addColumn(d -> d.score() == null ? "—" : d.score().toString()).setHeader(getTranslation("feedback.analysis.score"));
        grid.addColumn(FeedbackAnalysis.Difficulty::text).setHeader(getTranslation("feedback.analysis.text")).setFlexGrow(4);
        grid.setItems(a.difficulties());
        return grid;
    }

    private static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.analysis.title") + " — " + getTranslation("app.name");
    }
}
