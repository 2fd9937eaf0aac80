package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;
import ru.perechen.workflow.ChangeRequest;
import ru.perechen.workflow.ChangeRequestService;
import ru.perechen.workflow.ChangeStatus;
import ru.perechen.workflow.RouteStep;

/** Запросы на внесение изменений: what awaits the signed-in person, their own requests, and all of the agency's. */
@Route("agency/:agency/requests")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class ChangeRequestsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final AgencyRouteGuard routes;
    private final ChangeRequestService requests;
    private final ru.perechen.workflow.ReviewTaskService review;
    private final Grid<ChangeRequest> grid = new Grid<>();
    private final Tab inboxTab = new Tab();
    private final Tab mineTab = new Tab(getTranslation("requests.tab.mine"));
    private final Tab allTab = new Tab(getTranslation("requests.tab.all"));
    private final Tabs tabs = new Tabs(inboxTab, mineTab, allTab);
    private final Paragraph empty = new Paragraph();
    private AgencySummary agency;

    ChangeRequestsView(AgencyRouteGuard routes, ChangeRequestService requests, ru.perechen.workflow.ReviewTaskService review) {
        this.review = review;
        this.routes = routes;
        this.requests = requests;
        addClassName("page");
        grid.setId("requests");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation("request.number", r.number())).setHeader("№").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangeRequest::title).setHeader(getTranslation("requests.column.title")).setFlexGrow(3);
        grid.addComponentColumn(r -> StatusBadge.of(this, r.status())).setHeader(getTranslation("requests.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::whereNow).setHeader(getTranslation("requests.column.where")).setFlexGrow(2);
        grid.addColumn(r -> r.initiatorName() + (r.unitName() == null ? "" : ", " + r.unitName()))
                .setHeader(getTranslation("requests.column.initiator")).setFlexGrow(2);
        grid.addColumn(r -> r.items().size()).setHeader(getTranslation("requests.column.items")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt() != null ? r.submittedAt() : r.createdAt(), ZONE))
                .setHeader(getTranslation("requests.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);
        tabs.setId("request-tabs");
        tabs.addSelectedChangeListener(e -> refresh());
        empty.addClassName("hint");
        empty.setId("requests-empty");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summary -> {
            agency = summary;
            removeAll();
            add(new PageHeader(getTranslation("requests.title"), agency.shortName()),
                    new Paragraph(getTranslation("requests.intro")));
            if (mayDraft()) {
                Button add = new Button(getTranslation("request.action.new"), VaadinIcon.PLUS.create(), e -> create());
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("new-request");
                add(add);
                if (event.getLocation().getQueryParameters().getParameters().containsKey("new")) {
                    create();
                }
            }
            int tasks = review.mine().size();
            if (tasks > 0) {
                com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor("agency/" + agency.slug() + "/review",
                        getTranslation("review.inbox", tasks));
                link.setId("review-inbox");
                add(link);
            }
            add(tabs, grid, empty);
            refresh();
        });
    }

    private void refresh() {
        List<ChangeRequest> inbox = requests.inbox();
        inboxTab.setLabel(getTranslation("requests.tab.inbox", inbox.size()));
        List<ChangeRequest> shown = tabs.getSelectedTab() == inboxTab ? inbox
                : tabs.getSelectedTab() == mineTab ? requests.mine() : requests.all();
        grid.setItems(shown);
        empty.setVisible(shown.isEmpty());
        empty.setText(getTranslation(tabs.getSelectedTab() == inboxTab ? "requests.empty.inbox" : "requests.empty"));
    }

    private String whereNow(ChangeRequest r) {
        if (r.status() != ChangeStatus.IN_APPROVAL) {
            return r.status() == ChangeStatus.ENACTED ? getTranslation("request.where.enacted", r.enactedVersion())
                    : r.status() == ChangeStatus.APPROVED ? getTranslation("request.where.awaiting-act") : "";
        }
        List<RouteStep> route = requests.route(r);
        RouteStep step = route.get(r.currentStep() - 1);
        String who = step.seats().stream().filter(s -> s.approval() == null)
                .flatMap(s -> s.candidates().stream()).map(c -> c.displayName()).distinct().collect(Collectors.joining(", "));
        return getTranslation("request.where.step", r.currentStep(), route.size(), who);
    }

    private void create() {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("request.dialog.new"));
        TextField title = new TextField(getTranslation("request.field.title"));
        title.setId("request-title");
        title.setWidth("min(36rem, 90vw)");
        title.setMaxLength(ChangeRequest.TITLE_MAX);
        title.setHelperText(getTranslation("request.field.title.help"));
        dialog.add(title);
        Button ok = new Button(getTranslation("request.action.create"), e -> {
            ChangeRequest[] created = new ChangeRequest[1];
            if (RequestCalls.run(this, Map.of("title", title), this::refresh, () -> created[0] = requests.create(title.getValue()))) {
                dialog.close();
                open(created[0]);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("request-create");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        title.focus();
    }

    private void open(ChangeRequest r) {
        getUI().ifPresent(ui -> ui.navigate("agency/" + agency.slug() + "/requests/" + r.number()));
    }

    static boolean mayDraft() {
        return Access.DRAFTING.isGranted();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title") + " — " + getTranslation("app.name");
    }

    /** Status badges shared by the request pages. */
    static final class StatusBadge {

        private StatusBadge() {
        }

        static Component of(Component context, ChangeStatus status) {
            Span badge = new Span(context.getTranslation(status.messageKey()));
            badge.getElement().getThemeList().add(switch (status) {
                case ENACTED -> "badge success";
                case APPROVED, IN_APPROVAL -> "badge";
                case RETURNED -> "badge warning";
                case REJECTED -> "badge error";
                case DRAFT, WITHDRAWN -> "badge contrast";
            });
            badge.addClassName("request-status");
            return badge;
        }
    }
}
