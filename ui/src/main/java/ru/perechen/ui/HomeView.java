package ru.perechen.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import ru.perechen.identity.PerechenUser;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.uikit.PageHeader;

/** Where a person lands after login: the first page their role opens. */
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PerechenUser user = currentUser.get().orElse(null);
        var first = user == null ? Optional.<NavigationItem>empty()
                : NavigationItem.forUser(user).stream().findFirst();
        if (first.isPresent()) {
            event.forwardTo(first.get().path());
            return;
        }
        removeAll();
        // a member of an agency's organization whom nobody gave a role there: say so, not "no agency"
        Optional<AgencySummary> agency = user == null ? Optional.empty() : user.agencySummary();
        add(new PageHeader(getTranslation("home.no-access.title"), null),
                new Paragraph(agency.map(a -> getTranslation("home.no-role.text", a.shortName()))
                        .orElseGet(() -> getTranslation("home.no-access.text"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
