package ru.perechen.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.notification.Notification;
import ru.perechen.notification.NotificationKind;
import ru.perechen.notification.NotificationPreferences;
import ru.perechen.notification.NotificationService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/** Уведомления: what awaits the person and what happened to their requests; which of it comes by e-mail. */
@Route("agency/:agency/notifications")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final AgencyRouteGuard routes;
    private final NotificationService notifications;
    private final Grid<Notification> grid = new Grid<>();
    private AgencySummary agency;

    NotificationsView(AgencyRouteGuard routes, NotificationService notifications) {
        this.routes = routes;
        this.notifications = notifications;
        addClassName("page");
        grid.setId("notifications");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(n -> Formats.dateTime(n.createdAt(), ZONE)).setHeader(getTranslation("notification.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::text).setHeader(getTranslation("notification.column.what")).setFlexGrow(4);
        grid.setPartNameGenerator(n -> n.unread() ? "unread" : null);
        grid.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summary -> {
            agency = summary;
            removeAll();
            Button all = new Button(getTranslation("notification.action.read-all"), e -> {
                notifications.markAllRead();
                grid.setItems(notifications.mine(200));
            });
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            all.setId("read-all");
            add(new PageHeader(getTranslation("notification.title"), agency.shortName()), all, grid, preferences());
            grid.setItems(notifications.mine(200));
        });
    }

    private Component text(Notification n) {
        Anchor link = new Anchor("agency/" + agency.slug() + "/" + n.link(),
                getTranslation(n.kind().messageKey(), BundleNotificationRenderer.args(n)));
        link.getElement().addEventListener("click", e -> notifications.markRead(n.id()));
        Span text = new Span(link);
        if (n.unread()) {
            text.addClassName("notification-unread");
        }
        return text;
    }

    private Component preferences() {
        NotificationPreferences current = notifications.preferences();
        Div box = new Div(new H2(getTranslation("notification.preferences")));
        box.addClassName("card");
        box.setId("notification-preferences");
        Map<NotificationKind, Checkbox> byKind = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            Checkbox email = new Checkbox(getTranslation("notification.pref." + kind.name()), !current.emailOff().contains(kind));
            email.setId("email-" + kind.name().toLowerCase().replace('_', '-'));
            byKind.put(kind, email);
            box.add(new Div(email));
        }
        Checkbox digest = new Checkbox(getTranslation("notification.pref.digest"), current.digest());
        digest.setId("email-digest");
        Button save = new Button(getTranslation("action.save"), e -> {
            Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
            byKind.forEach((k, c) -> {
                if (!c.getValue()) {
                    off.add(k);
                }
            });
            notifications.savePreferences(new NotificationPreferences(off, digest.getValue()));
            ServiceCalls.saved(this, "notification.saved");
        });
        save.setId("save-preferences");
        box.add(new Div(digest), save);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title") + " — " + getTranslation("app.name");
    }
}
