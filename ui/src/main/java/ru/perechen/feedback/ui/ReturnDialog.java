package ru.perechen.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import ru.perechen.uikit.FormDialog;

/** The head gives a report back: the reason, required, goes with it to the person who sent it. */
class ReturnDialog extends FormDialog {

    ReturnDialog(FeedbackAnalysisTables.Messages t, Consumer<String> giveBack) {
        setHeaderTitle(t.get("feedback.report.return.title"));
        TextArea comment = new TextArea(t.get("feedback.report.return.comment"));
        comment.setId("report-return-comment");
        comment.setMaxLength(2000);
        comment.setWidth("32em");
        comment.setRequired(true);
        add(comment);
        Button confirm = new Button(t.get("feedback.report.return"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(t.get("feedback.report.error.comment-required"));
                comment.setInvalid(true);
                return;
            }
            close();
            giveBack.accept(comment.getValue());
        });
        confirm.setId("report-return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(t.get("action.cancel"), e -> close()), confirm);
    }
}
