package ru.perechen.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/** Удовлетворяемые потребности клиента: the categories each touchpoint must state at least one of. */
@Route("agency/:agency/needs")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class ClientNeedsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final ClientNeedService needs;
    private CatalogGrid<ClientNeed> grid;

    ClientNeedsView(AgencyRouteGuard routes, ClientNeedService needs) {
        this.routes = routes;
        this.needs = needs;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            boolean editable = TenantContext.principal().map(p -> p.hasRole(Role.TENANT_ADMIN)).orElse(false);
            grid = new CatalogGrid<>(ClientNeed::number, ClientNeed::name, ClientNeed::retired, columns -> { },
                    editable ? new CatalogGrid.Actions<>(this::move, this::edit, this::retire, this::restore) : null);
            grid.setId("client-needs");
            add(new PageHeader(getTranslation("needs.title"), agency.shortName()),
                    new Paragraph(getTranslation("needs.intro")));
            if (editable) {
                Button add = new Button(getTranslation("needs.action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-need");
                add(add);
            }
            add(grid);
            refresh();
        });
    }

    private void refresh() {
        grid.show(needs.list());
    }

    private void edit(ClientNeed existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "needs.dialog.add" : "needs.dialog.edit"));
        dialog.setWidth("min(40rem, 95vw)");
        TextArea name = new TextArea(getTranslation("needs.field.name"));
        name.setId("need-name");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(300);
        if (existing != null) {
            name.setValue(existing.name());
        }
        dialog.add(name);
        Button ok = new Button(getTranslation("action.save"), e -> {
            boolean done = ServiceCalls.run(this, Map.of("name", name), this::refresh,
                    () -> existing == null ? needs.create(name.getValue()) : needs.rename(existing.id(), existing.version(), name.getValue()));
            if (done) {
                ServiceCalls.saved(this, "catalog.saved");
                refresh();
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("need-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void move(ClientNeed need, int delta) {
        ServiceCalls.run(this, Map.of(), this::refresh, () -> {
            needs.move(need.id(), need.version(), delta);
            return null;
        });
        refresh();
    }

    private void retire(ClientNeed need) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, () -> needs.retire(need.id(), need.version()))) {
            ServiceCalls.saved(this, "catalog.retired", need.name());
            refresh();
        }
    }

    private void restore(ClientNeed need) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, () -> needs.restore(need.id(), need.version()))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("needs.title") + " — " + getTranslation("app.name");
    }
}
