package ru.perechen.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import ru.perechen.identity.PerechenUser;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.Role;

/** An entry of the side navigation. The list depends only on who is signed in: the pages their roles open (decision 28). */
record NavigationItem(String labelKey, String path, VaadinIcon icon) {

    static List<NavigationItem> forUser(PerechenUser user) {
        List<NavigationItem> items = new ArrayList<>();
        user.agencySummary().filter(a -> Access.AGENCY_STAFF.grantedTo(user.roles())).ifPresent(agency -> {
            items.add(new NavigationItem("nav.agency", "agency/" + agency.slug(), VaadinIcon.INSTITUTION));
            String base = "agency/" + agency.slug();
            items.add(new NavigationItem("nav.list", base + "/list", VaadinIcon.TABLE));
            items.add(new NavigationItem("nav.requests", base + "/requests", VaadinIcon.INBOX));
            items.add(new NavigationItem("nav.versions", base + "/versions", VaadinIcon.ARCHIVES));
            items.add(new NavigationItem("nav.publications", base + "/publications", VaadinIcon.UPLOAD_ALT));
            items.add(new NavigationItem("nav.review", base + "/review", VaadinIcon.REFRESH));
            if (Access.OVERSIGHT.grantedTo(user.roles())) {
                items.add(new NavigationItem("nav.org-units", base + "/units", VaadinIcon.SITEMAP));
                items.add(new NavigationItem("nav.process-groups", base + "/groups", VaadinIcon.LIST_OL));
                items.add(new NavigationItem("nav.processes", base + "/processes", VaadinIcon.CLIPBOARD_TEXT));
                items.add(new NavigationItem("nav.client-needs", base + "/needs", VaadinIcon.USERS));
                items.add(new NavigationItem("nav.touchpoints", base + "/touchpoints", VaadinIcon.CONNECT));
                items.add(new NavigationItem("nav.template", base + "/template", VaadinIcon.GRID_SMALL_O));
                items.add(new NavigationItem("nav.approval-chain", base + "/approval-chain", VaadinIcon.CHECK_SQUARE_O));
                items.add(new NavigationItem("nav.substitutes", base + "/substitutes", VaadinIcon.EXCHANGE));
            }
            if (Access.ADMINISTRATION.grantedTo(user.roles())) {
                items.add(new NavigationItem("nav.agency-settings", base + "/settings", VaadinIcon.COG));
                items.add(new NavigationItem("nav.people", base + "/people", VaadinIcon.USER_CARD));
                items.add(new NavigationItem("nav.publication", base + "/publication", VaadinIcon.GLOBE_WIRE));
            }
            if (Access.FEEDBACK_ENTRY.grantedTo(user.roles())) {
                items.add(new NavigationItem("nav.feedback", base + "/feedback", VaadinIcon.COMMENTS_O));
                items.add(new NavigationItem("nav.feedback-entry", base + "/feedback/entry", VaadinIcon.KEYBOARD_O));
            }
            if (Access.DRAFTING.grantedTo(user.roles()) || Access.OVERSIGHT.grantedTo(user.roles())) {
                items.add(new NavigationItem("nav.feedback-reports", base + "/feedback/reports", VaadinIcon.FILE_TABLE));
            }
            if (Access.OVERSIGHT.grantedTo(user.roles())) {
                items.add(new NavigationItem("nav.feedback-survey", base + "/feedback/survey", VaadinIcon.EDIT));
                items.add(new NavigationItem("nav.feedback-analysis", base + "/feedback/analysis", VaadinIcon.BAR_CHART));
                items.add(new NavigationItem("nav.audit", base + "/audit", VaadinIcon.TIME_BACKWARD));
            }
        });
        if (user.hasRole(Role.REGIONAL_COORDINATOR)) {
            user.regionSummary().ifPresent(region ->
                    items.add(new NavigationItem("nav.region", "region/" + region.code(), VaadinIcon.MAP_MARKER)));
        }
        if (Access.PLATFORM.grantedTo(user.roles())) {
            items.add(new NavigationItem("nav.platform", "platform", VaadinIcon.GLOBE));
            items.add(new NavigationItem("nav.calendar", "platform/calendar", VaadinIcon.CALENDAR));
            items.add(new NavigationItem("nav.platform-audit", "platform/audit", VaadinIcon.TIME_BACKWARD));
        }
        return items;
    }
}
