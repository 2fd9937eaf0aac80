package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.feedback.FeedbackRejectedException.Problem;

/** Every refusal of a response at its own field; those without a field on the page together in one notification. */
final class FeedbackProblems {

    private FeedbackProblems() {
    }

    static void show(Component context, Map<String, HasValidation> fields, List<Problem> problems) {
        List<String> elsewhere = new ArrayList<>();
        for (Problem problem : problems) {
            String text = context.getTranslation(problem.messageKey(), problem.arguments().toArray());
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                elsewhere.add(text);
            } else {
                field.setErrorMessage(field.isInvalid() && field.getErrorMessage() != null ? field.getErrorMessage() + "; " + text : text);
                field.setInvalid(true);
            }
        }
        if (!elsewhere.isEmpty()) {
            ServiceCalls.error(String.join("; ", elsewhere));
        } else {
            ServiceCalls.error(context.getTranslation("feedback.entry.problems", problems.size()));
        }
    }

    static void clear(Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
