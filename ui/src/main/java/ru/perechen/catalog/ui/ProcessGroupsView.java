package ru.perechen.catalog.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.tenancy.ui.AgencyRouteGuard;

/** Направления деятельности: their order and numbering (columns 1–2 of the list) and print titles. */
@Route("agency/:agency/groups")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class ProcessGroupsView extends OrderedCatalogView<ProcessGroup> {

    private final ProcessGroupService groups;

    ProcessGroupsView(AgencyRouteGuard routes, ProcessGroupService groups) {
        super(routes, "groups");
        this.groups = groups;
    }

    @Override
    protected List<ProcessGroup> load() {
        return groups.list();
    }

    @Override
    protected CatalogGrid<ProcessGroup> createGrid(CatalogGrid.Actions<ProcessGroup> actions) {
        CatalogGrid<ProcessGroup> catalogGrid = new CatalogGrid<>(ProcessGroup::number, ProcessGroup::titleForPrint,
                ProcessGroup::retired,
                columns -> columns.addColumn(g -> getTranslation(g.internalClient()
                                ? "groups.client.internal" : "groups.client.external"))
                        .setHeader(getTranslation("groups.column.client")).setAutoWidth(true).setFlexGrow(0),
                actions);
        catalogGrid.setId("process-groups");
        return catalogGrid;
    }

    @Override
    protected void edit(ProcessGroup existing) {
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

    @Override
    protected void moveItem(ProcessGroup group, int delta) {
        groups.move(group.id(), group.version(), delta);
    }

    @Override
    protected Object retireItem(ProcessGroup group) {
        return groups.retire(group.id(), group.version());
    }

    @Override
    protected Object restoreItem(ProcessGroup group) {
        return groups.restore(group.id(), group.version());
    }

    @Override
    protected String nameOf(ProcessGroup group) {
        return group.name();
    }
}
