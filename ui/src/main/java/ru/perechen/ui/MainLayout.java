package ru.perechen.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import ru.perechen.identity.PerechenUser;

/** The shell around every page: the agency, the person and their role, the navigation their roles open. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements com.vaadin.flow.router.AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final ru.perechen.notification.NotificationService notifications;
    private final Span unread = new Span();

    MainLayout(CurrentUser currentUser, ru.perechen.notification.NotificationService notifications) {
        this.currentUser = currentUser;
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);
        PerechenUser user = currentUser.get().orElse(null);
        addToDrawer(createBrand(user), createNavigation(user));
        addToNavbar(new DrawerToggle(), createContext(user), createUserArea(user));
    }

    private Div createBrand(PerechenUser user) {
        Div brand = new Div();
        brand.addClassName("brand");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        brand.add(name, tagline);
        return brand;
    }

    private SideNav createNavigation(PerechenUser user) {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        if (user != null) {
            NavigationItem.forUser(user).forEach(item ->
                    nav.addItem(new SideNavItem(getTranslation(item.labelKey()), item.path(), item.icon().create())));
        }
        return nav;
    }

    private Div createContext(PerechenUser user) {
        Div context = new Div();
        context.addClassName("navbar-context");
        if (user != null) {
            String where = user.agencySummary().map(a -> a.shortName())
                    .or(() -> user.regionSummary().filter(r -> user.coordinatedRegion().isPresent()).map(r -> r.name()))
                    .orElse(getTranslation("app.platform"));
            Span agency = new Span(where);
            agency.addClassName("navbar-agency");
            agency.setId("current-agency");
            user.agencySummary().ifPresent(a -> agency.getElement().setAttribute("title", a.fullName()));
            context.add(agency);
        }
        return context;
    }

    private HorizontalLayout createUserArea(PerechenUser user) {
        HorizontalLayout area = new HorizontalLayout();
        area.addClassName("navbar-user");
        area.setAlignItems(FlexComponent.Alignment.CENTER);

        Select<Locale> language = new Select<>();
        language.setItems(MessagesI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(getLocale() != null && "en".equals(getLocale().getLanguage())
                ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.RUSSIAN);
        language.setAriaLabel(getTranslation("language.choose"));
        language.setId("language");
        language.addClassName("language-select");
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                LanguagePreference.choose(event.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        area.add(language);

        if (user != null && user.agencySummary().isPresent()) {
            com.vaadin.flow.component.html.Anchor bell = new com.vaadin.flow.component.html.Anchor(
                    "agency/" + user.agencySummary().get().slug() + "/notifications", VaadinIcon.BELL.create(), unread);
            bell.setId("notifications-bell");
            bell.addClassName("notifications-bell");
            bell.getElement().setAttribute("aria-label", getTranslation("notification.title"));
            unread.setId("notifications-unread");
            unread.getElement().getThemeList().add("badge error pill small");
            area.add(bell);
        }
        if (user != null) {
            Div who = new Div();
            who.addClassName("user-card");
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            name.setId("user-name");
            Span role = new Span(user.primaryRole().map(r -> getTranslation(r.messageKey())).orElse(getTranslation("role.none")));
            role.addClassName("user-role");
            role.setId("user-role");
            who.add(name, role);
            Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), e -> currentUser.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            area.add(who, logout);
        }
        return area;
    }

    /** The badge follows every navigation: what arrived since shows at the next page. */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        long count = currentUser.get().flatMap(PerechenUser::agencySummary).isPresent() ? notifications.unreadCount() : 0;
        unread.setText(String.valueOf(count));
        unread.setVisible(count > 0);
    }
}
