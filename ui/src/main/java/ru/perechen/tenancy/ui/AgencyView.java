package ru.perechen.tenancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import ru.perechen.tenancy.AgencyProfile;
import ru.perechen.tenancy.AgencyProfileService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.uikit.Fact;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/** The agency's home: who it is, where it publishes, and its profile. */
@Route("agency/:agency")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "SUPERVISING_DEPUTY", "UNIT_HEAD", "EDITOR", "VIEWER"})
class AgencyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final AgencyProfileService profiles;
    private final java.util.List<AgencyHomeCard> extraCards;
    private String title = "";

    AgencyView(AgencyRouteGuard routes, AgencyProfileService profiles, java.util.List<AgencyHomeCard> extraCards) {
        this.routes = routes;
        this.profiles = profiles;
        this.extraCards = extraCards.stream().sorted(java.util.Comparator.comparingInt(AgencyHomeCard::order)).toList();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(agency -> show(agency, profiles.current()));
    }

    private void show(AgencySummary agency, AgencyProfile profile) {
        title = agency.shortName();
        removeAll();
        String none = getTranslation("common.not-set");
        Div about = card(getTranslation("agency.card.about"),
                new Fact(getTranslation("agency.field.full-name"), agency.fullName(), none),
                new Fact(getTranslation("agency.field.type"), getTranslation(agency.type().messageKey()), none),
                new Fact(getTranslation("agency.field.region"), agency.regionName(), none),
                new Fact(getTranslation("agency.field.site"), link(agency.officialSiteUrl(), none)),
                new Fact(getTranslation("agency.field.documents"), link(agency.documentsSectionUrl(), none)));
        Div settings = card(getTranslation("agency.card.profile"),
                new Fact(getTranslation("profile.field.cc-deputy"), profile.ccDeputyName(), none),
                new Fact(getTranslation("profile.field.email"), profile.contactEmail(), none),
                new Fact(getTranslation("profile.field.phone"), profile.contactPhone(), none),
                new Fact(getTranslation("profile.field.address"), profile.postalAddress(), none),
                new Fact(getTranslation("profile.field.deadline"),
                        getTranslation("profile.deadline.value", profile.publicationDeadlineWorkDays()), none),
                new Fact(getTranslation("profile.field.updated"),
                        Formats.dateTime(profile.updatedAt(), ZoneId.systemDefault()), none));
        settings.setId("agency-profile");
        Div cards = new Div();
        extraCards.forEach(extra -> extra.card(agency).ifPresent(cards::add));
        cards.add(about, settings);
        cards.addClassName("cards");
        add(new PageHeader(agency.shortName(), agency.regionName()), cards);
    }

    private static Div card(String heading, com.vaadin.flow.component.Component... facts) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H2(heading));
        card.add(facts);
        return card;
    }

    private static com.vaadin.flow.component.Component link(String url, String none) {
        if (url == null || url.isBlank()) {
            return new com.vaadin.flow.component.html.Span(none);
        }
        return new Anchor(url, url, AnchorTarget.BLANK);
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.name");
    }
}
