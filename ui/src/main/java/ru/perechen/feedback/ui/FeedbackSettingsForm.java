package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.feedback.FeedbackSettings;
import ru.perechen.feedback.FeedbackSetup;

/**
 * The agency's feedback switch and its figures. Only oversight changes them (the service checks again);
 * the others see them read-only. A save over someone else's shows what is stored now and says so.
 */
class FeedbackSettingsForm extends Composite<FormLayout> {

    /** The form's values while they are edited. */
    static final class Draft {
        private boolean enabled;
        private Integer threshold;
        private Integer due;

        boolean isEnabled() { return enabled; }
        void setEnabled(boolean enabled) { this.enabled = enabled; }
        Integer getThreshold() { return threshold; }
        void setThreshold(Integer threshold) { this.threshold = threshold; }
        Integer getDue() { return due; }
        void setDue(Integer due) { this.due = due; }
    }

    private final FeedbackSetup setup;
    private final Consumer<FeedbackSettings> changed;
    private final Checkbox enabled = new Checkbox();
    private final IntegerField threshold = new IntegerField();
    private final IntegerField due = new IntegerField();
    private final Button save = new Button();
    private final Span stale = new Span();
    private final Binder<Draft> binder = new Binder<>();
    private FeedbackSettings current;

    FeedbackSettingsForm(FeedbackSetup setup, boolean editable, Consumer<FeedbackSettings> changed) {
        this.setup = setup;
        this.changed = changed;
        enabled.setLabel(getTranslation("feedback.page.settings.enabled"));
        enabled.setHelperText(getTranslation("feedback.page.settings.enabled.help"));
        enabled.setId("feedback-enabled");
        configure(threshold, "feedback-threshold", "feedback.page.settings.threshold", "feedback.page.settings.threshold.help", 100,
                "feedback.error.threshold");
        configure(due, "feedback-due", "feedback.page.settings.due", "feedback.page.settings.due.help", 60, "feedback.error.due");
        binder.forField(enabled).bind(Draft::isEnabled, Draft::setEnabled);
        binder.forField(threshold).asRequired(getTranslation("feedback.error.threshold"))
                .withValidator(new IntegerRangeValidator(getTranslation("feedback.error.threshold"), 1, 100))
                .bind(Draft::getThreshold, Draft::setThreshold);
        binder.forField(due).asRequired(getTranslation("feedback.error.due"))
                .withValidator(new IntegerRangeValidator(getTranslation("feedback.error.due"), 1, 60))
                .bind(Draft::getDue, Draft::setDue);
        stale.setId("feedback-stale");
        stale.addClassName("error-text");
        stale.setVisible(false);
        FormLayout form = getContent();
        form.setId("feedback-settings");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.add(enabled, threshold, due);
        form.setColspan(enabled, 3);
        if (editable) {
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("feedback-save");
            save.addClickListener(e -> save());
            form.add(save, stale);
            form.setColspan(stale, 2);
        } else {
            binder.setReadOnly(true);
            Span hint = new Span(getTranslation("feedback.page.settings.read-only"));
            hint.addClassName("hint");
            form.add(hint, 3);
        }
    }

    private void configure(IntegerField field, String id, String label, String help, int max, String outOfRange) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setHelperText(getTranslation(help));
        field.setMin(1);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        // the field checks its own bounds before the binder does: both say the same
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("validation.whole-number"))
                .setMinErrorMessage(getTranslation(outOfRange)).setMaxErrorMessage(getTranslation(outOfRange))
                .setRequiredErrorMessage(getTranslation(outOfRange)));
    }

    void load(FeedbackSettings settings) {
        current = settings;
        Draft draft = new Draft();
        draft.setEnabled(settings.enabled());
        draft.setThreshold(settings.thresholdPercent());
        draft.setDue(settings.reportDueWorkingDays());
        binder.readBean(draft);
    }

    private void save() {
        stale.setVisible(false);
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        Map<String, HasValidation> fields = Map.of("threshold", threshold, "due", due);
        try {
            FeedbackSettings saved = setup.change(draft.isEnabled(), draft.getThreshold(), draft.getDue(), current.version());
            load(saved);
            ServiceCalls.saved(this, saved.enabled() ? "feedback.page.settings.saved-on" : "feedback.page.settings.saved-off");
            changed.accept(saved);
        } catch (InvalidConfigurationException refused) {
            HasValidation field = fields.get(refused.field());
            String text = getTranslation(refused.messageKey(), refused.arguments());
            if (field == null) {
                ServiceCalls.error(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        } catch (OptimisticLockingFailureException someoneElse) {
            FeedbackSettings now = setup.settings();
            load(now);
            stale.setText(getTranslation("feedback.page.settings.stale"));
            stale.setVisible(true);
            ServiceCalls.error(getTranslation("feedback.page.settings.stale"));
            changed.accept(now);
        }
    }
}
