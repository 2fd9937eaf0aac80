package ru.perechen.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import ru.perechen.audit.AuditEntry;
import ru.perechen.audit.AuditLog;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/** Журнал изменений настроек: who changed what and when, with the state before and after. */
@Route("agency/:agency/audit")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN = 500;

    private final AgencyRouteGuard routes;
    private final AuditLog auditLog;

    AuditView(AgencyRouteGuard routes, AuditLog auditLog) {
        this.routes = routes;
        this.auditLog = auditLog;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            Grid<AuditEntry> grid = new Grid<>();
            grid.setId("audit");
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(e -> Formats.dateTime(e.occurredAt(), ZoneId.systemDefault()))
                    .setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(e -> AuditLog.SYSTEM.equals(e.actorName()) ? getTranslation("audit.system") : e.actorName()).setHeader(getTranslation("audit.column.who")).setFlexGrow(1);
            grid.addColumn(e -> getTranslation("audit.entity." + e.entityType())).setHeader(getTranslation("audit.column.what"))
                    .setFlexGrow(1);
            grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.column.action"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.column.name")).setFlexGrow(3);
            grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
            grid.setItems(auditLog.recent(SHOWN));
            grid.setSizeFull();
            setSizeFull();
            add(new PageHeader(getTranslation("audit.title"), agency.shortName()),
                    new Paragraph(getTranslation("audit.intro", SHOWN)), grid);
        });
    }

    private Div details(AuditEntry entry) {
        Div details = new Div();
        details.addClassName("audit-details");
        details.add(state("audit.before", entry.beforeState()), state("audit.after", entry.afterState()));
        return details;
    }

    private Div state(String labelKey, String json) {
        Div box = new Div(new Span(getTranslation(labelKey)));
        box.addClassName("audit-state");
        box.add(new Pre(json == null ? "—" : json));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " — " + getTranslation("app.name");
    }
}
