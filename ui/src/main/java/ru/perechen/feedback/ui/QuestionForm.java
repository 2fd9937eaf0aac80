package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.perechen.feedback.SurveyDefinition.Condition;
import ru.perechen.feedback.SurveyDefinition.Kind;
import ru.perechen.feedback.SurveyRules;
import ru.perechen.feedback.ui.SurveyDraft.OptionDraft;
import ru.perechen.feedback.ui.SurveyDraft.QuestionDraft;

/**
 * One question of the survey being edited: whether it is asked, its number, code and words, whether an
 * answer is required, the answer it is asked after, and its options' numbers, codes and texts. What act 004
 * and the storage fix is shown read-only with the reason. The binder writes into the draft as it is typed.
 */
class QuestionForm extends Composite<FormLayout> {

    /** An answer a question may be asked after; {@code condition} null for «всем». */
    record Choice(Condition condition, String label) {
    }

    private final QuestionDraft draft;
    private final Binder<QuestionDraft> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Checkbox included = new Checkbox();
    private final TextField number = new TextField();
    private final TextField code = new TextField();
    private final TextArea text = new TextArea();
    private final Checkbox required = new Checkbox();
    private final Select<Choice> condition = new Select<>();

    QuestionForm(QuestionDraft draft, List<QuestionDraft> earlierChoices, Runnable changed) {
        this.draft = draft;
        FormLayout form = getContent();
        form.setId("question-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        String at = "question." + draft.key();
        H3 heading = new H3(getTranslation("feedback.survey-edit.question.heading", draft.label()));
        form.add(heading, 3);
        configure(included, "question-included", "feedback.survey-edit.question.included", at);
        if (!SurveyRules.droppable(draft.field())) {
            included.setReadOnly(true);
            included.setHelperText(getTranslation("feedback.survey-edit.question.included.fixed"));
        }
        form.add(included, 3);
        mark(number, "question-number", "feedback.survey-edit.question.number", at + ".number");
        mark(code, "question-code", "feedback.survey-edit.question.code", at + ".code");
        configure(required, "question-required", "feedback.survey-edit.question.required", at + ".required");
        SurveyRules.fixedRequired(draft.field()).ifPresent(fixed -> {
            required.setReadOnly(true);
            required.setHelperText(getTranslation(fixed ? "feedback.survey-edit.question.required.always"
                    : "feedback.survey-edit.question.required.never"));
        });
        form.add(number, code, required);
        text.setId("question-text");
        text.setLabel(getTranslation("feedback.survey-edit.question.text"));
        text.setMaxLength(SurveyRules.MAX_TEXT);
        text.setWidthFull();
        fields.put(at + ".text", text);
        form.add(text, 3);
        condition(earlierChoices, at);
        form.add(condition, 3);
        bind();
        options(form, at);
        binder.setBean(draft);
        binder.addValueChangeListener(e -> changed.run());
    }

    private void bind() {
        binder.forField(included).bind(QuestionDraft::isIncluded, QuestionDraft::setIncluded);
        binder.forField(number).asRequired(getTranslation("feedback.survey-edit.field.required"))
                .withValidator(new StringLengthValidator(getTranslation("feedback.survey-edit.field.long", SurveyRules.MAX_MARK), 1,
                        SurveyRules.MAX_MARK)).bind(QuestionDraft::getNumber, QuestionDraft::setNumber);
        binder.forField(code).asRequired(getTranslation("feedback.survey-edit.field.required"))
                .withValidator(new StringLengthValidator(getTranslation("feedback.survey-edit.field.long", SurveyRules.MAX_MARK), 1,
                        SurveyRules.MAX_MARK)).bind(QuestionDraft::getCode, QuestionDraft::setCode);
        binder.forField(text).asRequired(getTranslation("feedback.survey-edit.field.required"))
                .withValidator(new StringLengthValidator(getTranslation("feedback.survey-edit.field.long", SurveyRules.MAX_TEXT), 1,
                        SurveyRules.MAX_TEXT)).bind(QuestionDraft::getText, QuestionDraft::setText);
        binder.forField(required).bind(QuestionDraft::isRequired, QuestionDraft::setRequired);
        binder.forField(condition).bind(d -> choice(d.getAskedWhen()), (d, c) -> d.setAskedWhen(c == null ? null : c.condition()));
    }

    private void condition(List<QuestionDraft> earlierChoices, String at) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, getTranslation("feedback.survey-edit.asked-always")));
        for (QuestionDraft by : earlierChoices) {
            for (OptionDraft o : by.options()) {
                choices.add(new Choice(new Condition(by.field(), o.getValue()), getTranslation("feedback.survey-edit.asked-when", by.label(),
                        o.getNumber(), o.getText())));
            }
        }
        Condition current = draft.getAskedWhen();
        if (current != null && choices.stream().noneMatch(c -> current.equals(c.condition()))) {
            // a condition on a question no longer above: shown as it is, for the service to refuse with the reason
            choices.add(new Choice(current, getTranslation("feedback.survey-edit.asked-when-missing")));
        }
        condition.setId("question-condition");
        condition.setLabel(getTranslation("feedback.survey-edit.question.condition"));
        condition.setItems(choices);
        condition.setItemLabelGenerator(Choice::label);
        condition.setWidthFull();
        fields.put(at + ".condition", condition);
        Optional<String> fixed = SurveyRules.askedOfAll(draft.field()) ? Optional.of("feedback.survey-edit.question.condition.all")
                : SurveyRules.fixedCondition(draft.field()).map(c -> "feedback.survey-edit.question.condition.fixed");
        fixed.ifPresent(key -> {
            condition.setReadOnly(true);
            condition.setHelperText(getTranslation(key));
        });
    }

    private Choice choice(Condition when) {
        return condition.getListDataView().getItems().filter(c -> java.util.Objects.equals(c.condition(), when)).findFirst().orElse(null);
    }

    private void options(FormLayout form, String at) {
        if (draft.options().isEmpty()) {
            return;
        }
        Span heading = new Span(getTranslation(draft.kind() == Kind.SCALE ? "feedback.survey-edit.options.scale"
                : "feedback.survey-edit.options.choice"));
        heading.addClassName("hint");
        form.add(heading, 3);
        for (int i = 0; i < draft.options().size(); i++) {
            OptionDraft o = draft.options().get(i);
            String where = at + ".option." + i;
            TextField optionNumber = new TextField();
            TextField optionCode = new TextField();
            TextField optionText = new TextField();
            mark(optionNumber, "option-number-" + i, "feedback.survey-edit.option.number", where + ".number");
            mark(optionCode, "option-code-" + i, "feedback.survey-edit.option.code", where + ".code");
            optionText.setId("option-text-" + i);
            optionText.setLabel(getTranslation("feedback.survey-edit.option.text"));
            optionText.setMaxLength(SurveyRules.MAX_TEXT);
            fields.put(where + ".text", optionText);
            if (draft.kind() == Kind.SCALE) {
                optionNumber.setReadOnly(true);
                optionCode.setReadOnly(true);
            } else {
                optionCode.setMaxLength(SurveyRules.MAX_OPTION_CODE);
            }
            binder.forField(optionNumber).asRequired(getTranslation("feedback.survey-edit.field.required"))
                    .withValidator(new StringLengthValidator(getTranslation("feedback.survey-edit.field.long", SurveyRules.MAX_MARK), 1,
                            SurveyRules.MAX_MARK)).bind(d -> o.getNumber(), (d, v) -> o.setNumber(v));
            binder.forField(optionCode).asRequired(getTranslation("feedback.survey-edit.field.required"))
                    .withValidator(new RegexpValidator(getTranslation("feedback.survey-edit.field.option-code", SurveyRules.MAX_OPTION_CODE),
                            "\\s*[0-9]{1," + SurveyRules.MAX_OPTION_CODE + "}\\s*")).bind(d -> o.getCode(), (d, v) -> o.setCode(v));
            binder.forField(optionText).asRequired(getTranslation("feedback.survey-edit.field.required"))
                    .withValidator(new StringLengthValidator(getTranslation("feedback.survey-edit.field.long", SurveyRules.MAX_TEXT), 1,
                            SurveyRules.MAX_TEXT)).bind(d -> o.getText(), (d, v) -> o.setText(v));
            form.add(optionNumber, optionCode, optionText);
        }
    }

    private void mark(TextField field, String id, String label, String problemField) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setMaxLength(SurveyRules.MAX_MARK);
        fields.put(problemField, field);
    }

    private void configure(Checkbox box, String id, String label, String problemField) {
        box.setId(id);
        box.setLabel(getTranslation(label));
        fields.put(problemField, box);
    }

    /** Whether what is typed fits; each field that does not says why. */
    boolean validate() {
        return binder.validate().isOk();
    }

    QuestionDraft draft() {
        return draft;
    }

    /** The fields by the names the service's refusals use ({@code question.way.code}). */
    Map<String, HasValidation> fields() {
        return fields;
    }
}
