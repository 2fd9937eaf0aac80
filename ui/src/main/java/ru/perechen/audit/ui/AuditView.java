package ru.perechen.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import ru.perechen.audit.AuditEntry;
import ru.perechen.audit.AuditLog;
import ru.perechen.audit.AuditQuery;
import ru.perechen.audit.ChainCheck;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/**
 * Журнал действий: who did what and when, with the state before and after, filtered and exported to
 * CSV; above it, whether the agency's chain of events is intact (and where it breaks if not).
 */
@Route("agency/:agency/audit")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN = 1000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final List<String> ENTITIES = List.of("ChangeRequest", "ListVersion", "Publication", "ApprovalChain", "Substitution",
            "AgencyProcess", "Touchpoint", "ClientNeed", "ProcessGroup", "OrgUnit", "ListTemplate", "AgencyProfile", "PublicationSettings", "ReviewTask", "StaffMember");

    private final AgencyRouteGuard routes;
    private final AuditLog auditLog;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<String> entity = new ComboBox<>();
    private final TextField text = new TextField();
    private final Span chain = new Span();

    AuditView(AgencyRouteGuard routes, AuditLog auditLog) {
        this.routes = routes;
        this.auditLog = auditLog;
        addClassName("page");
        addClassName("page-wide");
        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AuditEntry::seq).setHeader("№").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), ZONE)).setHeader(getTranslation("audit.column.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> AuditLog.SYSTEM.equals(e.actorName()) ? getTranslation("audit.system") : e.actorName())
                .setHeader(getTranslation("audit.column.who")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("audit.entity." + e.entityType())).setHeader(getTranslation("audit.column.what")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.column.name")).setFlexGrow(3);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setHeight("65vh");
        from = DateFields.datePicker(this, getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to = DateFields.datePicker(this, getTranslation("audit.filter.to"));
        to.setId("audit-to");
        entity.setId("audit-entity");
        entity.setLabel(getTranslation("audit.column.what"));
        entity.setItems(ENTITIES);
        entity.setItemLabelGenerator(e -> getTranslation("audit.entity." + e));
        entity.setClearButtonVisible(true);
        text.setId("audit-text");
        text.setLabel(getTranslation("audit.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        Stream.of(from, to).forEach(f -> f.addValueChangeListener(e -> refresh()));
        entity.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        chain.setId("audit-chain");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = auditLog.csv(query(AuditLog.MAX_ROWS), new AuditLog.Headers(Stream.of("№", getTranslation("audit.column.when"),
                        getTranslation("audit.column.who"), getTranslation("audit.column.what"), getTranslation("audit.column.action"),
                        getTranslation("audit.column.name"), getTranslation("audit.before"), getTranslation("audit.after"),
                        getTranslation("audit.column.request"), getTranslation("audit.column.hash")).toList()))
                        .getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "zhurnal-" + agency.slug() + ".csv", "text/csv", bytes.length);
            }), getTranslation("audit.export"));
            csv.getElement().setAttribute("download", true);
            csv.setId("audit-csv");
            Button check = new Button(getTranslation("audit.chain.check"), VaadinIcon.SHIELD.create(), e -> showChain());
            check.setId("audit-check");
            HorizontalLayout filters = new HorizontalLayout(from, to, entity, text, csv);
            filters.setAlignItems(FlexComponent.Alignment.BASELINE);
            filters.addClassName("list-filters");
            HorizontalLayout chainLine = new HorizontalLayout(chain, check);
            chainLine.setAlignItems(FlexComponent.Alignment.CENTER);
            add(new PageHeader(getTranslation("audit.title"), agency.shortName()), new Paragraph(getTranslation("audit.intro", SHOWN)),
                    chainLine, filters, grid);
            showChain();
            refresh();
        });
    }

    private AuditQuery query(int limit) {
        return new AuditQuery(from.getValue(), to.getValue(), entity.getValue(), null, text.getValue(), limit);
    }

    private void refresh() {
        grid.setItems(auditLog.search(query(SHOWN)));
    }

    private void showChain() {
        ChainCheck check = auditLog.verify();
        chain.setText(check.intact() ? getTranslation("audit.chain.intact", check.events())
                : getTranslation("audit.chain.broken", check.brokenAt(), getTranslation("audit.chain.problem." + check.problem())));
        chain.getElement().getThemeList().clear();
        chain.getElement().getThemeList().add(check.intact() ? "badge success" : "badge error");
    }

    private Div details(AuditEntry entry) {
        Div details = new Div();
        details.addClassName("audit-details");
        details.add(state("audit.before", entry.beforeState()), state("audit.after", entry.afterState()));
        Span meta = new Span(getTranslation("audit.meta", entry.requestId() == null ? "—" : entry.requestId(), entry.hash()));
        meta.addClassName("hint");
        details.add(meta);
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
