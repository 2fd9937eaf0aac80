package ru.perechen.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.publication.Publication;
import ru.perechen.publication.PublicationService;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/** Сроки размещения: each version's deadline on the official site, its state, and where it was published. */
@Route("agency/:agency/publications")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class PublicationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final PublicationService publications;
    private final Grid<Publication> grid = new Grid<>();
    private AgencySummary agency;

    PublicationsView(AgencyRouteGuard routes, PublicationService publications) {
        this.routes = routes;
        this.publications = publications;
        addClassName("page");
        grid.setId("publications");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> getTranslation("versions.number", p.versionNumber())).setHeader(getTranslation("versions.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.DATE.format(p.enactedOn())).setHeader(getTranslation("publication.column.enacted"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(p -> p.dueOn() == null ? "—" : Formats.DATE.format(p.dueOn()) + " (" + getTranslation("profile.deadline.value",
                p.workingDays()) + ")").setHeader(getTranslation("publication.column.due")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(p -> PublicationBadges.badge(this, p)).setHeader(getTranslation("publication.column.state"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::where).setHeader(getTranslation("publication.column.where")).setWidth("16rem").setFlexGrow(3);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summary -> {
            agency = summary;
            removeAll();
            boolean responsible = Access.OVERSIGHT.isGranted();
            if (responsible && grid.getColumnByKey("actions") == null) {
                grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
            }
            add(new PageHeader(getTranslation("publication.versions.title"), agency.shortName()),
                    new Paragraph(getTranslation("publication.versions.intro", agency.documentsSectionUrl() == null ? getTranslation("common.not-set")
                            : agency.documentsSectionUrl())), grid, openPage());
            grid.setItems(publications.list());
        });
    }

    private Component where(Publication p) {
        Span open = new Span(p.releasedAt() == null ? getTranslation("publication.open.not-released")
                : getTranslation("publication.open.released", Formats.dateTime(p.releasedAt(), java.time.ZoneId.of("Europe/Moscow")),
                ru.perechen.audit.AuditLog.SYSTEM.equals(p.releasedBy()) ? getTranslation("audit.system") : p.releasedBy()));
        open.addClassName("hint");
        if (!p.state().published()) {
            return new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Div(PublicationBadges.line(this, p)), open);
        }
        Anchor link = new Anchor(p.publishedUrl(), p.publishedUrl(), AnchorTarget.BLANK);
        Span by = new Span(" — " + getTranslation("publication.line.by", Formats.DATE.format(p.publishedOn()), p.publishedBy()));
        return new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Div(link, by), open);
    }

    /** The agency's open page, and the snippet its site pastes into «Документы» to show the list from there. */
    private Component openPage() {
        String base = com.vaadin.flow.server.VaadinServletRequest.getCurrent() == null ? ""
                : org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String page = base + "/agencies/" + agency.slug();
        Anchor open = new Anchor(page, page, AnchorTarget.BLANK);
        open.setId("open-page-link");
        com.vaadin.flow.component.textfield.TextArea snippet = new com.vaadin.flow.component.textfield.TextArea(
                getTranslation("publication.open.snippet"));
        snippet.setId("embed-snippet");
        snippet.setReadOnly(true);
        snippet.setWidthFull();
        snippet.setValue("<iframe src=\"" + page + "/embed\" title=\"" + getTranslation("publication.open.iframe-title")
                + "\" style=\"width:100%;min-height:600px;border:0\" loading=\"lazy\"></iframe>");
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div(
                new com.vaadin.flow.component.html.H2(getTranslation("publication.open.title")),
                new Paragraph(getTranslation("publication.open.intro")), open, snippet);
        box.setWidthFull();
        return box;
    }

    private Component actions(Publication p) {
        com.vaadin.flow.component.html.Div buttons = new com.vaadin.flow.component.html.Div();
        buttons.addClassName("stacked-actions");
        if (p.releasedAt() == null) {
            Button release = new Button(getTranslation("publication.action.release"), e -> {
                if (ru.perechen.catalog.ui.ServiceCalls.run(this, java.util.Map.of(), () -> grid.setItems(publications.list()),
                        () -> publications.release(p.versionNumber(), p.version()))) {
                    ru.perechen.catalog.ui.ServiceCalls.saved(this, "publication.released", p.versionNumber());
                    grid.setItems(publications.list());
                }
            });
            release.addThemeVariants(ButtonVariant.LUMO_SMALL);
            release.getElement().setAttribute("data-action", "release");
            buttons.add(release);
        }
        if (p.state().published()) {
            return buttons;
        }
        Button mark = new Button(getTranslation("publication.action.mark"), e -> mark(p));
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        mark.getElement().setAttribute("data-action", "mark-published");
        buttons.add(mark);
        return buttons;
    }

    private void mark(Publication p) {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("publication.action.mark") + " — " + getTranslation("versions.number", p.versionNumber()));
        TextField url = new TextField(getTranslation("publication.field.url"));
        url.setId("published-url");
        url.setWidth("min(34rem, 90vw)");
        url.setValue(agency.documentsSectionUrl() == null ? "" : agency.documentsSectionUrl());
        DatePicker on = DateFields.datePicker(this, getTranslation("publication.field.on"));
        on.setId("published-on");
        on.setValue(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")));
        dialog.add(new FormLayout(url, on));
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (ServiceCalls.run(this, Map.of("url", url, "publishedOn", on), () -> grid.setItems(publications.list()),
                    () -> publications.markPublished(p.versionNumber(), p.version(), url.getValue(), on.getValue()))) {
                ServiceCalls.saved(this, "publication.recorded", p.versionNumber());
                dialog.close();
                grid.setItems(publications.list());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("published-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.versions.title") + " — " + getTranslation("app.name");
    }
}
