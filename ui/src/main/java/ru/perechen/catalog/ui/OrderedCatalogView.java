package ru.perechen.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Map;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * A page over one ordered catalogue (groups, needs): title, explanation, «add», and the grid whose
 * rows move, retire and restore. The tenant admin edits; the responsible deputy reads.
 */
abstract class OrderedCatalogView<T> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final String keyPrefix;
    protected CatalogGrid<T> grid;

    /** @param keyPrefix message keys {@code <prefix>.title}, {@code .intro}, {@code .action.add} */
    OrderedCatalogView(AgencyRouteGuard routes, String keyPrefix) {
        this.routes = routes;
        this.keyPrefix = keyPrefix;
        addClassName("page");
    }

    protected abstract List<T> load();

    /** @param actions null when the person may only read */
    protected abstract CatalogGrid<T> createGrid(CatalogGrid.Actions<T> actions);

    /** Opens the editor for an entry, or for a new one when {@code existing} is null. */
    protected abstract void edit(T existing);

    protected abstract void moveItem(T item, int delta);

    protected abstract Object retireItem(T item);

    protected abstract Object restoreItem(T item);

    protected abstract String nameOf(T item);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> {
            removeAll();
            boolean editable = Access.ADMINISTRATION.isGranted();
            grid = createGrid(editable ? new CatalogGrid.Actions<>(this::move, this::edit, this::retire, this::restore) : null);
            add(new PageHeader(getTranslation(keyPrefix + ".title"), agency.shortName()),
                    new Paragraph(getTranslation(keyPrefix + ".intro")));
            if (editable) {
                Button add = new Button(getTranslation(keyPrefix + ".action.add"), VaadinIcon.PLUS.create(), e -> edit(null));
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-" + keyPrefix.replaceAll("s$", ""));
                add(add);
            }
            add(grid);
            refresh();
        });
    }

    protected void refresh() {
        grid.show(load());
    }

    private void move(T item, int delta) {
        ServiceCalls.run(this, Map.of(), this::refresh, () -> {
            moveItem(item, delta);
            return null;
        });
        refresh();
    }

    private void retire(T item) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, () -> retireItem(item))) {
            ServiceCalls.saved(this, "catalog.retired", nameOf(item));
            refresh();
        }
    }

    private void restore(T item) {
        if (ServiceCalls.run(this, Map.of(), this::refresh, () -> restoreItem(item))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".title") + " — " + getTranslation("app.name");
    }
}
