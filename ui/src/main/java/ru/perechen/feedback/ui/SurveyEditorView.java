package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.feedback.FeedbackRejectedException;
import ru.perechen.feedback.FeedbackRejectedException.Problem;
import ru.perechen.feedback.FeedbackSetup;
import ru.perechen.feedback.SurveyDefinition.Condition;
import ru.perechen.feedback.SurveyEditing;
import ru.perechen.feedback.SurveyRules;
import ru.perechen.feedback.SurveyVersion;
import ru.perechen.feedback.ui.SurveyDraft.QuestionDraft;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * The agency's own survey (act 004, Приложение № 1): the questions of the version in use, one question
 * edited at a time, saved as a new version that is in use at once — responses already given keep the
 * version they answered — and the versions with their responses, any of which can be made current again.
 * Roles: {@code Access.OVERSIGHT}; the service checks again.
 */
@Route("agency/:agency/feedback/survey")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class SurveyEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final FeedbackSetup setup;
    private final SurveyEditing editing;
    private final Span current = new Span();
    private final TextArea surveyTitle = new TextArea();
    private final TextArea followUp = new TextArea();
    private final Grid<QuestionDraft> questions = new Grid<>();
    private final Div editor = new Div();
    private final TextField title = new TextField();
    private final Button save = new Button();
    private final Binder<SurveyDraft> binder = new Binder<>();
    private final SurveyVersionList versions;
    private final Map<String, String> problemsByQuestion = new HashMap<>();
    private List<Problem> problems = List.of();
    private SurveyVersion version;
    private SurveyDraft draft;
    private QuestionForm form;

    SurveyEditorView(AgencyRouteGuard routes, FeedbackSetup setup, SurveyEditing editing) {
        this.routes = routes;
        this.setup = setup;
        this.editing = editing;
        this.versions = new SurveyVersionList(editing, this::load);
        addClassName("page");
        current.setId("survey-edit-current");
        text(surveyTitle, "survey-edit-survey-title", "feedback.survey-edit.survey-title", SurveyRules.MAX_TITLE);
        text(followUp, "survey-edit-follow-up", "feedback.survey-edit.follow-up", SurveyRules.MAX_TEXT);
        followUp.setHelperText(getTranslation("feedback.survey-edit.follow-up.help"));
        binder.forField(surveyTitle).asRequired(getTranslation("feedback.survey-edit.field.required"))
                .withValidator(new StringLengthValidator(getTranslation("feedback.survey-edit.field.long", SurveyRules.MAX_TITLE), 1,
                        SurveyRules.MAX_TITLE)).bind(SurveyDraft::getTitle, SurveyDraft::setTitle);
        binder.forField(followUp).asRequired(getTranslation("feedback.survey-edit.field.required"))
                .withValidator(new StringLengthValidator(getTranslation("feedback.survey-edit.field.long", SurveyRules.MAX_TEXT), 1,
                        SurveyRules.MAX_TEXT)).bind(SurveyDraft::getFollowUp, SurveyDraft::setFollowUp);
        createGrid();
        editor.setId("question-editor");
        editor.setWidthFull();
        title.setId("survey-edit-title");
        title.setLabel(getTranslation("feedback.survey-edit.title"));
        title.setPlaceholder(getTranslation("feedback.survey-edit.title.placeholder"));
        title.setMaxLength(SurveyRules.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidth("32em");
        save.setText(getTranslation("feedback.survey-edit.save"));
        save.setId("survey-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    private void createGrid() {
        questions.setId("survey-questions");
        questions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        questions.addColumn(QuestionDraft::label).setKey("number").setHeader(getTranslation("feedback.survey-edit.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(QuestionDraft::getCode).setKey("code").setHeader(getTranslation("feedback.survey-edit.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(QuestionDraft::getText).setKey("text").setHeader(getTranslation("feedback.survey-edit.column.text"))
                .setFlexGrow(4);
        questions.addColumn(this::askedWhen).setKey("asked").setHeader(getTranslation("feedback.survey-edit.column.asked")).setFlexGrow(2);
        questions.addColumn(q -> getTranslation(q.isIncluded() ? "feedback.survey-edit.column.included.yes"
                : "feedback.survey-edit.column.included.no")).setKey("included").setHeader(getTranslation("feedback.survey-edit.column.included"))
                .setAutoWidth(true).setFlexGrow(0);
        questions.addComponentColumn(this::problem).setKey("problems").setHeader(getTranslation("feedback.survey-edit.column.problems"))
                .setFlexGrow(2);
        questions.setAllRowsVisible(true);
        questions.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
    }

    private static void text(TextArea field, String id, String label, int max) {
        field.setId(id);
        field.setLabel(field.getTranslation(label));
        field.setMaxLength(max);
        field.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::open);
    }

    private void open(AgencySummary agency) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("feedback.survey-edit.back"), FeedbackView.class,
                new RouteParameters(AgencyRouteGuard.SLUG, agency.slug()));
        back.setId("survey-edit-back");
        add(new PageHeader(getTranslation("feedback.survey-edit.page-title"), agency.shortName()), back,
                new Paragraph(getTranslation("feedback.survey-edit.intro")));
        SurveyVersion inUse = setup.survey().orElse(null);
        if (inUse == null) {
            Paragraph none = new Paragraph(getTranslation("feedback.survey-edit.none"));
            none.setId("survey-edit-none");
            add(none);
            return;
        }
        FormLayout texts = new FormLayout(surveyTitle, followUp);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Paragraph hint = new Paragraph(getTranslation("feedback.survey-edit.questions.intro"));
        hint.addClassName("hint");
        HorizontalLayout saving = new HorizontalLayout(title, save);
        saving.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(current, texts, new H2(getTranslation("feedback.survey-edit.questions")), hint, questions, editor,
                new H2(getTranslation("feedback.survey-edit.saving")), new Paragraph(getTranslation("feedback.survey-edit.saving.intro")),
                saving, new H2(getTranslation("feedback.survey-edit.versions")), versions);
        load(inUse);
    }

    /** Shows a version in use: its questions as a fresh draft, none selected, and the versions' list. */
    private void load(SurveyVersion inUse) {
        version = inUse;
        draft = SurveyDraft.of(inUse.definition());
        problems = List.of();
        problemsByQuestion.clear();
        binder.setBean(draft);
        questions.setItems(draft.questions());
        questions.asSingleSelect().clear();
        edit(null);
        current.setText(getTranslation("feedback.survey-edit.current", inUse.number(), inUse.title()));
        versions.refresh();
    }

    private void edit(QuestionDraft question) {
        editor.removeAll();
        form = null;
        if (question == null) {
            return;
        }
        form = new QuestionForm(question, draft.earlierChoices(question), () -> questions.getDataProvider().refreshItem(question));
        editor.add(form);
        Map<String, HasValidation> fields = form.fields();
        for (Problem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments().toArray()));
                field.setInvalid(true);
            }
        }
    }

    private void save() {
        Map<String, HasValidation> fields = fields();
        FeedbackProblems.clear(fields);
        boolean valid = binder.validate().isOk() & (form == null || form.validate());
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("feedback.survey-edit.error.title-blank"));
            title.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            ServiceCalls.error(getTranslation("feedback.survey-edit.check-fields"));
            return;
        }
        try {
            SurveyVersion saved = editing.saveAsNewVersion(version.id(), title.getValue(), draft.definition());
            ServiceCalls.saved(this, "feedback.survey-edit.saved", saved.number());
            title.clear();
            load(saved);
        } catch (FeedbackRejectedException refused) {
            show(refused.problems());
        } catch (OptimisticLockingFailureException someoneElse) {
            ServiceCalls.error(getTranslation("feedback.survey-edit.stale"));
            setup.survey().ifPresent(this::load);
        }
    }

    /** Each refusal at its question in the grid, the first question opened with its fields marked. */
    private void show(List<Problem> refused) {
        problems = refused;
        problemsByQuestion.clear();
        for (Problem p : refused) {
            String text = getTranslation(p.messageKey(), p.arguments().toArray());
            questionKey(p).ifPresent(key -> problemsByQuestion.merge(key, text, (a, b) -> a + "; " + b));
        }
        questions.getDataProvider().refreshAll();
        refused.stream().map(SurveyEditorView::questionKey).flatMap(Optional::stream).findFirst()
                .flatMap(key -> draft.questions().stream().filter(q -> q.key().equals(key)).findFirst())
                .ifPresent(q -> questions.asSingleSelect().setValue(q));
        Map<String, HasValidation> fields = fields();
        FeedbackProblems.clear(fields);
        FeedbackProblems.show(this, fields, refused);
    }

    private static Optional<String> questionKey(Problem p) {
        String[] parts = p.field().split("\\.");
        return parts.length > 1 && parts[0].equals("question") ? Optional.of(parts[1]) : Optional.empty();
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("survey-title", surveyTitle);
        fields.put("follow-up", followUp);
        if (form != null) {
            fields.putAll(form.fields());
        }
        return fields;
    }

    private String askedWhen(QuestionDraft q) {
        Condition when = q.getAskedWhen();
        if (when == null) {
            return getTranslation("feedback.survey-edit.asked-always");
        }
        return draft.questions().stream().filter(by -> by.field() == when.field()).findFirst()
                .flatMap(by -> by.options().stream().filter(o -> o.getValue().equals(when.value())).findFirst()
                        .map(o -> getTranslation("feedback.survey-edit.asked-when", by.label(), o.getNumber(), o.getText())))
                .orElse(getTranslation("feedback.survey-edit.asked-when-missing"));
    }

    private Component problem(QuestionDraft q) {
        Span text = new Span(problemsByQuestion.getOrDefault(q.key(), ""));
        text.addClassName("error-text");
        text.getElement().setAttribute("data-question", q.key());
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.survey-edit.page-title") + " — " + getTranslation("app.name");
    }
}
