package ru.perechen.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.FormDialog;

/** Удовлетворяемые потребности клиента: the categories each touchpoint must state at least one of. */
@Route("agency/:agency/needs")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class ClientNeedsView extends OrderedCatalogView<ClientNeed> {

    private final ClientNeedService needs;

    ClientNeedsView(AgencyRouteGuard routes, ClientNeedService needs) {
        super(routes, "needs");
        this.needs = needs;
    }

    @Override
    protected List<ClientNeed> load() {
        return needs.list();
    }

    @Override
    protected CatalogGrid<ClientNeed> createGrid(CatalogGrid.Actions<ClientNeed> actions) {
        CatalogGrid<ClientNeed> catalogGrid = new CatalogGrid<>(ClientNeed::number, ClientNeed::name, ClientNeed::retired,
                columns -> { }, actions);
        catalogGrid.setId("client-needs");
        return catalogGrid;
    }

    @Override
    protected void edit(ClientNeed existing) {
        Dialog dialog = new FormDialog();
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

    @Override
    protected void moveItem(ClientNeed need, int delta) {
        needs.move(need.id(), need.version(), delta);
    }

    @Override
    protected Object retireItem(ClientNeed need) {
        return needs.retire(need.id(), need.version());
    }

    @Override
    protected Object restoreItem(ClientNeed need) {
        return needs.restore(need.id(), need.version());
    }

    @Override
    protected String nameOf(ClientNeed need) {
        return need.name();
    }
}
