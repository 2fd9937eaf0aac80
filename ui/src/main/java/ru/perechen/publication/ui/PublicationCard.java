package ru.perechen.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import ru.perechen.publication.PublicationService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyHomeCard;

/** The agency's home page shows where the publication of the version in force stands. */
@org.springframework.stereotype.Component
class PublicationCard implements AgencyHomeCard {

    private final PublicationService publications;

    PublicationCard(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public Optional<Component> card(AgencySummary agency) {
        return publications.latest().map(p -> {
            Div card = new Div();
            card.addClassName("card");
            card.setId("publication-card");
            if (!p.state().published()) {
                card.addClassName("card-attention");
            }
            card.add(new H2(card.getTranslation("publication.card.title", p.versionNumber())), PublicationBadges.badge(card, p),
                    new Paragraph(PublicationBadges.line(card, p)),
                    new Anchor("agency/" + agency.slug() + "/publications", card.getTranslation("publication.card.open")));
            return card;
        });
    }

    @Override
    public int order() {
        return 20;
    }
}
