package ru.perechen.feedback.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.feedback.Answers;
import ru.perechen.feedback.Channel;
import ru.perechen.feedback.FeedbackRejectedException;
import ru.perechen.feedback.FeedbackResponses;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.SurveyVersion;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * Ввод анкет: paper forms (and feedback from the other channels of §9) typed in by the codes printed in
 * brackets, from the keyboard only, one form after another. The channel and the touchpoint stay for the
 * next form; each form gets its own submission key, so a double click stores it once.
 */
@Route("agency/:agency/feedback/entry")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY", "EDITOR"})
class PaperEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final FeedbackSetup setup;
    private final FeedbackResponses responses;
    private final TouchpointService touchpoints;
    private final ProcessRegistryService processes;
    private final Select<Channel> channel = new Select<>();
    private final ComboBox<Touchpoint> touchpoint = new ComboBox<>();
    private final ComboBox<AgencyProcess> process = new ComboBox<>();
    private final Button save = new Button();
    private final Span counter = new Span();
    private PaperEntryForm form;
    private SurveyVersion survey;
    private UUID submissionKey = UUID.randomUUID();
    private int saved;

    PaperEntryView(AgencyRouteGuard routes, FeedbackSetup setup, FeedbackResponses responses, TouchpointService touchpoints,
                   ProcessRegistryService processes) {
        this.routes = routes;
        this.setup = setup;
        this.responses = responses;
        this.touchpoints = touchpoints;
        this.processes = processes;
        addClassName("page");
        channel.setId("entry-channel");
        channel.setLabel(getTranslation("feedback.entry.channel"));
        channel.setItems(Arrays.stream(Channel.values()).filter(c -> c != Channel.SURVEY_LINK).toList());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setValue(Channel.PAPER_FORM);
        touchpoint.setId("entry-touchpoint");
        touchpoint.setLabel(getTranslation("feedback.entry.touchpoint"));
        touchpoint.setItemLabelGenerator(Touchpoint::name);
        process.setId("entry-process");
        process.setLabel(getTranslation("feedback.entry.process"));
        process.setHelperText(getTranslation("feedback.entry.process.help"));
        process.setItemLabelGenerator(AgencyProcess::name);
        process.setClearButtonVisible(true);
        save.setText(getTranslation("feedback.entry.save"));
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setDisableOnClick(true);
        counter.setId("entry-count");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary agency) {
        removeAll();
        add(new PageHeader(getTranslation("feedback.entry.title"), agency.shortName()));
        survey = setup.survey().orElse(null);
        if (survey == null) {
            Paragraph off = new Paragraph(getTranslation("feedback.entry.off"));
            off.setId("entry-off");
            add(off, new RouterLink(getTranslation("feedback.page.title"), FeedbackView.class,
                    new RouteParameters(AgencyRouteGuard.SLUG, agency.slug())));
            return;
        }
        add(new Paragraph(getTranslation("feedback.entry.intro", survey.number())));
        RouterLink bulk = new RouterLink(getTranslation("feedback.import.link"), FeedbackImportView.class,
                new RouteParameters(AgencyRouteGuard.SLUG, agency.slug()));
        bulk.setId("entry-import");
        add(bulk);
        if (!setup.settings().enabled()) {
            Span warning = new Span(getTranslation("feedback.entry.disabled"));
            warning.addClassName("hint");
            add(warning);
        }
        List<Touchpoint> inUse = touchpoints.list().stream().filter(t -> !t.retired()).toList();
        touchpoint.setItems(inUse);
        if (touchpoint.getValue() == null && !inUse.isEmpty()) {
            touchpoint.setValue(inUse.getFirst());
        }
        process.setItems(processes.list().stream().filter(p -> !p.excluded()).toList());
        FormLayout where = new FormLayout(channel, touchpoint, process);
        where.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("44em", 3));
        form = new PaperEntryForm(survey.definition(), agency.shortName(), save);
        updateCounter();
        HorizontalLayout actions = new HorizontalLayout(save, counter);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(where, form, actions);
        form.focusFirst();
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(form.problemFields());
        fields.put("channel", channel);
        fields.put("touchpoint", touchpoint);
        fields.put("support-measure", process);
        return fields;
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        FeedbackProblems.clear(fields);
        try {
            if (channel.getValue() == null) {
                channel.setErrorMessage(getTranslation("feedback.error.required-field"));
                channel.setInvalid(true);
                return;
            }
            Answers answers = responses.byCodes(survey.definition(), form.answers(), form.difficulties(), form.comment(), form.contact(),
                    form.consent());
            responses.record(channel.getValue(), touchpoint.getValue() == null ? null : touchpoint.getValue().id(),
                    process.getValue() == null ? null : process.getValue().id(), answers, submissionKey);
            saved++;
            submissionKey = UUID.randomUUID();
            form.clear();
            process.clear();
            updateCounter();
            ServiceCalls.saved(this, "feedback.entry.saved");
            form.focusFirst();
        } catch (FeedbackRejectedException refused) {
            FeedbackProblems.show(this, fields, refused.problems());
        } finally {
            save.setEnabled(true);
        }
    }

    private void updateCounter() {
        counter.setText(getTranslation("feedback.entry.count", saved));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.entry.title") + " — " + getTranslation("app.name");
    }
}
