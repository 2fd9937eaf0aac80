package ru.perechen.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import ru.perechen.calendar.CalendarService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyHomeCard;

/** Tells an agency, before it matters, that the production calendar of a year its deadlines will need is not entered. */
@org.springframework.stereotype.Component
class CalendarWarningCard implements AgencyHomeCard {

    /** Deadlines of the platform reach at most this far ahead (publication, approval steps). */
    static final int HORIZON_DAYS = 60;

    private final CalendarService calendar;

    CalendarWarningCard(CalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public Optional<Component> card(AgencySummary agency) {
        return calendar.missingYearWithin(HORIZON_DAYS).map(year -> {
            Div card = new Div();
            card.addClassName("card");
            card.addClassName("card-warning");
            card.setId("calendar-missing");
            card.add(new H2(card.getTranslation("calendar.missing.title", String.valueOf(year))),
                    new Paragraph(card.getTranslation("calendar.missing.text", String.valueOf(year))));
            return card;
        });
    }

    @Override
    public int order() {
        return 10;
    }
}
