package ru.perechen.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import ru.perechen.audit.AuditEntry;
import ru.perechen.audit.AuditLog;
import ru.perechen.audit.ChainCheck;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/** The platform admin reads any agency's audit log and checks its chain, read-only. */
@Route("platform/audit")
@RolesAllowed("PLATFORM_ADMIN")
class PlatformAuditView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final int SHOWN = 1000;

    private final AuditLog audit;
    private final ru.perechen.audit.PlatformAuditLog platformAudit;
    private final Select<AgencySummary> agency = new Select<>();
    private final TextField text = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span chain = new Span();

    PlatformAuditView(AuditLog audit, ru.perechen.audit.PlatformAuditLog platformAudit, AgencyDirectory directory) {
        this.audit = audit;
        this.platformAudit = platformAudit;
        addClassName("page");
        agency.setId("platform-audit-agency");
        agency.setLabel(getTranslation("audit.platform.agency"));
        agency.setItems(directory.allAgencies());
        agency.setEmptySelectionAllowed(true);
        agency.setEmptySelectionCaption(getTranslation("audit.platform.own"));
        agency.setItemLabelGenerator(a -> a == null ? getTranslation("audit.platform.own") : a.shortName() + " (" + a.regionName() + ")");
        text.setId("platform-audit-text");
        text.setLabel(getTranslation("audit.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        chain.setId("platform-audit-chain");
        grid.setId("platform-audit");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AuditEntry::seq).setHeader("№").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), ZONE)).setHeader(getTranslation("audit.column.when")).setAutoWidth(true);
        grid.addColumn(e -> AuditLog.SYSTEM.equals(e.actorName()) ? getTranslation("audit.system") : e.actorName())
                .setHeader(getTranslation("audit.column.who")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("audit.entity." + e.entityType())).setHeader(getTranslation("audit.column.what")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader(getTranslation("audit.column.name")).setFlexGrow(3);
        grid.setHeight("65vh");
        agency.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout pick = new HorizontalLayout(agency, text, chain);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new PageHeader(getTranslation("audit.platform.title"), getTranslation("audit.platform.subtitle")),
                new Paragraph(getTranslation("audit.platform.intro")), pick, grid);
        refresh();
    }

    private void refresh() {
        ChainCheck check;
        if (agency.getValue() == null) {
            String words = text.getValue() == null ? "" : text.getValue().strip().toLowerCase(java.util.Locale.ROOT);
            grid.setItems(platformAudit.recent(SHOWN).stream()
                    .filter(e -> words.isEmpty() || (e.summary() + " " + e.actorName()).toLowerCase(java.util.Locale.ROOT).contains(words))
                    .toList());
            check = platformAudit.verify();
        } else {
            grid.setItems(audit.searchAgency(agency.getValue().id(), text.getValue(), SHOWN));
            check = audit.verifyAgency(agency.getValue().id());
        }
        chain.setText(check.intact() ? getTranslation("audit.chain.intact", check.events())
                : getTranslation("audit.chain.broken", check.brokenAt(), getTranslation("audit.chain.problem." + check.problem())));
        chain.getElement().getThemeList().clear();
        chain.getElement().getThemeList().add(check.intact() ? "badge success" : "badge error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.platform.title") + " — " + getTranslation("app.name");
    }
}
