package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;
import ru.perechen.workflow.ReviewTask;
import ru.perechen.workflow.ReviewTaskService;

/** Актуализация Перечня: what has to be updated and why, for whom; closed by a version or dismissed with a reason. */
@Route("agency/:agency/review")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class ReviewTasksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final AgencyRouteGuard routes;
    private final ReviewTaskService review;
    private final Grid<ReviewTask> grid = new Grid<>();
    private final Tab openTab = new Tab();
    private final Tab mineTab = new Tab();
    private final Tab allTab = new Tab(getTranslation("review.tab.all"));
    private final Tabs tabs = new Tabs(mineTab, openTab, allTab);
    private AgencySummary agency;

    ReviewTasksView(AgencyRouteGuard routes, ReviewTaskService review) {
        this.routes = routes;
        this.review = review;
        addClassName("page");
        grid.setId("review-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> getTranslation(t.reason().messageKey())).setHeader(getTranslation("review.column.reason")).setFlexGrow(2);
        grid.addColumn(ReviewTask::subject).setHeader(getTranslation("review.column.subject")).setFlexGrow(3);
        grid.addColumn(t -> t.unitName() == null ? getTranslation("review.all-units") : t.unitName())
                .setHeader(getTranslation("review.column.unit")).setFlexGrow(2);
        grid.addComponentColumn(this::rows).setHeader(getTranslation("review.column.rows")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), ZONE)).setHeader(getTranslation("review.column.created")).setAutoWidth(true);
        grid.addColumn(this::outcome).setHeader(getTranslation("review.column.status")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        tabs.setId("review-tabs");
        tabs.addSelectedChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summary -> {
            agency = summary;
            removeAll();
            boolean mayDismiss = Access.REVIEW.isGranted();
            if (mayDismiss && grid.getColumnByKey("actions") == null) {
                grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
            }
            add(new PageHeader(getTranslation("review.title"), agency.shortName()), new Paragraph(getTranslation("review.intro")), tabs, grid);
            refresh();
        });
    }

    private void refresh() {
        List<ReviewTask> open = review.open();
        List<ReviewTask> mine = review.mine();
        openTab.setLabel(getTranslation("review.tab.open", open.size()));
        mineTab.setLabel(getTranslation("review.tab.mine", mine.size()));
        grid.setItems(tabs.getSelectedTab() == mineTab ? mine : tabs.getSelectedTab() == openTab ? open : review.all());
    }

    private Component rows(ReviewTask t) {
        if (t.entryKeys().isEmpty()) {
            return new Span("—");
        }
        Anchor show = new Anchor("agency/" + agency.slug() + "/list?task=" + t.id(), getTranslation("review.show-rows", t.entryKeys().size()));
        show.getElement().setAttribute("data-action", "show-rows");
        return show;
    }

    private String outcome(ReviewTask t) {
        return switch (t.status()) {
            case OPEN -> getTranslation("review.status.OPEN");
            case CLOSED -> t.closedByVersion() == null ? getTranslation("review.closed.resolved", Formats.dateTime(t.closedAt(), ZONE))
                    : getTranslation("review.closed.version", t.closedByVersion(), t.closedByRequest() == null ? "—"
                    : getTranslation("request.number", t.closedByRequest()));
            case DISMISSED -> getTranslation("review.closed.dismissed", t.dismissedBy(), t.dismissReason());
        };
    }

    private Component actions(ReviewTask t) {
        if (t.status() != ReviewTask.Status.OPEN) {
            return new Span();
        }
        Button dismiss = new Button(getTranslation("review.action.dismiss"), e -> dismiss(t));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.getElement().setAttribute("data-action", "dismiss");
        return new HorizontalLayout(dismiss);
    }

    private void dismiss(ReviewTask t) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("review.action.dismiss"));
        TextArea reason = new TextArea(getTranslation("review.field.reason"));
        reason.setId("dismiss-reason");
        reason.setWidth("min(34rem, 90vw)");
        reason.setRequiredIndicatorVisible(true);
        dialog.add(new Paragraph(getTranslation(t.reason().messageKey()) + ": " + t.subject()), reason);
        Button ok = new Button(getTranslation("review.action.dismiss"), e -> {
            if (RequestCalls.run(this, Map.of("reason", reason), this::refresh, () -> review.dismiss(t.id(), t.version(), reason.getValue()))) {
                ru.perechen.catalog.ui.ServiceCalls.saved(this, "review.dismissed");
                dialog.close();
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("dismiss-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " — " + getTranslation("app.name");
    }
}
