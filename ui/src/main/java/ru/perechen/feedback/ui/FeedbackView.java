package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import ru.perechen.feedback.FeedbackSettings;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.SurveyDefinition;
import ru.perechen.feedback.SurveyVersion;
import ru.perechen.feedback.TouchpointLink;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * Обратная связь (act 004): the switch and its figures, the survey in use, the sentence that ends every
 * written answer, and each touchpoint's survey link with its QR code and printable paper form.
 */
@Route("agency/:agency/feedback")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "EDITOR"})
class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final FeedbackSetup setup;
    private final Grid<TouchpointLink> grid = new Grid<>();
    private final Span survey = new Span();
    private final Div links = new Div();
    private final Select<TouchpointLink> letterTouchpoint = new Select<>();
    private final TextArea letter = new TextArea();
    private AgencySummary agency;
    private SurveyDefinition definition;
    private String base = "";

    FeedbackView(AgencyRouteGuard routes, FeedbackSetup setup) {
        this.routes = routes;
        this.setup = setup;
        addClassName("page");
        survey.setId("feedback-survey");
        links.setWidthFull();
        grid.setId("feedback-links");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TouchpointLink::touchpointName).setHeader(getTranslation("touchpoint.field.name")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation(l.kind().messageKey())).setHeader(getTranslation("touchpoint.field.kind")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::link).setKey("link").setHeader(getTranslation("feedback.page.links.link")).setFlexGrow(3);
        grid.addComponentColumn(l -> LinkDownloads.of(this, agency, definition, l, SurveyLinks.url(base, l))).setKey("downloads")
                .setHeader(getTranslation("feedback.page.links.downloads")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        letterTouchpoint.setId("letter-touchpoint");
        letterTouchpoint.setLabel(getTranslation("feedback.page.letter.touchpoint"));
        letterTouchpoint.setItemLabelGenerator(TouchpointLink::touchpointName);
        letterTouchpoint.addValueChangeListener(e -> showLetter(e.getValue()));
        letter.setId("letter-text");
        letter.setLabel(getTranslation("feedback.page.letter.label"));
        letter.setReadOnly(true);
        letter.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(summary -> {
            agency = summary;
            base = SurveyLinks.base();
            removeAll();
            FeedbackSettingsForm form = new FeedbackSettingsForm(setup, Access.OVERSIGHT.isGranted(), this::showState);
            FeedbackSettings settings = setup.settings();
            form.load(settings);
            RouterLink entry = new RouterLink(getTranslation("feedback.page.entry-link"), PaperEntryView.class,
                    new RouteParameters(AgencyRouteGuard.SLUG, agency.slug()));
            entry.setId("feedback-entry-link");
            add(new PageHeader(getTranslation("feedback.page.title"), agency.shortName()), new Paragraph(getTranslation("feedback.page.intro")),
                    new H2(getTranslation("feedback.page.settings.title")), form, survey, links);
            add(entry);
            if (Access.OVERSIGHT.isGranted()) {
                RouterLink edit = new RouterLink(getTranslation("feedback.survey-edit.link"), SurveyEditorView.class,
                        new RouteParameters(AgencyRouteGuard.SLUG, agency.slug()));
                edit.setId("feedback-survey-edit-link");
                add(edit);
            }
            showState(settings);
        });
    }

    /** The survey line and, while feedback is on, the links. */
    private void showState(FeedbackSettings settings) {
        SurveyVersion version = setup.survey().orElse(null);
        definition = version == null ? null : version.definition();
        survey.setText(version == null ? getTranslation("feedback.page.survey.none")
                : getTranslation("feedback.page.survey.version", version.number(), version.title()));
        links.removeAll();
        if (!settings.enabled()) {
            Paragraph off = new Paragraph(getTranslation("feedback.page.links.off"));
            off.setId("feedback-off");
            links.add(off);
            return;
        }
        List<TouchpointLink> all = setup.links();
        grid.setItems(all);
        links.add(new H2(getTranslation("feedback.page.letter.title")), new Paragraph(getTranslation("feedback.page.letter.intro")));
        if (all.isEmpty()) {
            links.add(new Paragraph(getTranslation("feedback.page.links.none")));
            return;
        }
        letterTouchpoint.setItems(all);
        Button copy = new Button(getTranslation("feedback.page.letter.copy"), VaadinIcon.COPY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", letter.getValue())));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setId("letter-copy");
        HorizontalLayout letterLine = new HorizontalLayout(letterTouchpoint, copy);
        letterLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        links.add(letterLine, letter, new H2(getTranslation("feedback.page.links.title")),
                new Paragraph(getTranslation("feedback.page.links.intro")), grid);
        letterTouchpoint.setValue(all.getFirst());
    }

    private void showLetter(TouchpointLink link) {
        letter.setValue(link == null ? "" : getTranslation("feedback.page.letter.text", agency.shortName(), SurveyLinks.url(base, link)));
    }

    private Component link(TouchpointLink l) {
        String url = SurveyLinks.url(base, l);
        Anchor anchor = new Anchor(url, url, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("data-link", l.token());
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.page.title") + " — " + getTranslation("app.name");
    }
}
