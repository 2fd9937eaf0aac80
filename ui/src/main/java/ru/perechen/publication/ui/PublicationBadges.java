package ru.perechen.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import ru.perechen.publication.Publication;
import ru.perechen.publication.PublicationState;
import ru.perechen.uikit.Formats;

/** How a publication's state reads: the badge and the line beside it. */
final class PublicationBadges {

    private PublicationBadges() {
    }

    static Span badge(Component context, Publication p) {
        Span badge = new Span(context.getTranslation(p.state().messageKey()));
        badge.getElement().getThemeList().add(switch (p.state()) {
            case PUBLISHED_ON_TIME -> "badge success";
            case PUBLISHED_LATE, DUE_SOON -> "badge warning";
            case OVERDUE, CALENDAR_MISSING -> "badge error";
            case AWAITING -> "badge";
        });
        badge.addClassName("publication-state");
        return badge;
    }

    static String line(Component context, Publication p) {
        if (p.state().published()) {
            return context.getTranslation("publication.line.published", Formats.DATE.format(p.publishedOn()), p.publishedUrl());
        }
        if (p.state() == PublicationState.CALENDAR_MISSING) {
            return context.getTranslation("calendar.missing.text", String.valueOf(p.calendarMissing()));
        }
        return context.getTranslation(p.state() == PublicationState.OVERDUE ? "publication.line.overdue" : "publication.line.due",
                Formats.DATE.format(p.dueOn()), p.workingDays(), p.daysLeft() == null ? "" : Math.abs(p.daysLeft()));
    }
}
