package ru.perechen.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.TenantContext;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/** Направления деятельности: their order and numbering (columns 1–2 of the list) and print titles. */
@Route("agency/:agency/groups")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class ProcessGroupsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final ProcessGroupService groups;
    private CatalogGrid<ProcessGroup> grid;

    ProcessGroupsView(AgencyRouteGuard routes, ProcessGroupService groups) {
        this.routes = routes;
        this.groups = groups;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            boolean editable = TenantContext.principal().map(p -> p.hasRole(Role.TENANT_ADMIN)).orElse(false);
            grid = new CatalogGrid<>(ProcessGroup::number, ProcessGroup::titleForPrint, ProcessGroup::retired,
                    columns -> columns.addColumn(g -> getTranslation(g.internalClient()
                                    ? "groups.client.internal" : "groups.client.external"))
                            .setHeader(getTranslation("groups.column.client")).setAutoWidth(true).setFlexGrow(0),
                    editable ? new CatalogGrid.Actions<>(this::move, this::edit, this::retire, this::restore) : null);
            grid.setId("process-groups");
            add(new PageHeader(getTranslation("groups.title"), agency.shortName()),
                    new Paragraph(getTranslation("groups.intro")));
            if (editable) {
                Button add = new Button(getTranslation("groups.action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-group");
                add(add);
            }
            add(grid);
            refresh();
        });
    }

    private void refresh() {
        grid.show(groups.list());
    }

    private void edit(ProcessGroup existing) {
        ProcessGroupDialog[] dialog = new ProcessGroupDialog[1];
        dialog[0] = new ProcessGroupDialog(existing, draft -> {
            boolean done = ServiceCalls.run(this, dialog[0].fields(), this::refresh,
                    () -> existing == null ? groups.create(draft) : groups.update(existing.id(), existing.version(), draft));
            if (done) {
                ServiceCalls.saved(this, "catalog.saved");
                refresh();
            }
            return done;
        });
        dialog[0].open();
    }

    private void move(ProcessGroup group, int delta) {
        ServiceCalls.run(this, Map.of(), this::refresh, () -> {
            groups.move(group.id(), group.version(), delta);
            return null;
        });
        refresh();
    }

    private void retire(ProcessGroup group) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, () -> groups.retire(group.id(), group.version()))) {
            ServiceCalls.saved(this, "catalog.retired", group.name());
            refresh();
        }
    }

    private void restore(ProcessGroup group) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, () -> groups.restore(group.id(), group.version()))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " — " + getTranslation("app.name");
    }
}
