package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.feedback.FeedbackRejectedException;
import ru.perechen.feedback.Quarter;
import ru.perechen.feedback.SurveyEditing;
import ru.perechen.feedback.SurveyVersion;
import ru.perechen.feedback.SurveyVersionSummary;
import ru.perechen.uikit.Formats;

/** Every version of the agency's survey with the responses that answered it; an earlier one can be made current again. */
class SurveyVersionList extends Composite<Grid<SurveyVersionSummary>> {

    private final SurveyEditing editing;
    private final Consumer<SurveyVersion> madeCurrent;

    SurveyVersionList(SurveyEditing editing, Consumer<SurveyVersion> madeCurrent) {
        this.editing = editing;
        this.madeCurrent = madeCurrent;
        Grid<SurveyVersionSummary> grid = getContent();
        grid.setId("survey-versions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SurveyVersionSummary::number).setHeader(getTranslation("feedback.survey-edit.versions.number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SurveyVersionSummary::title).setHeader(getTranslation("feedback.survey-edit.versions.title")).setFlexGrow(3);
        grid.addColumn(v -> Formats.dateTime(v.createdAt(), Quarter.ZONE)).setHeader(getTranslation("feedback.survey-edit.versions.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SurveyVersionSummary::createdBy).setHeader(getTranslation("feedback.survey-edit.versions.by")).setFlexGrow(1);
        grid.addColumn(SurveyVersionSummary::responses).setKey("responses").setHeader(getTranslation("feedback.survey-edit.versions.responses"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setKey("state").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    void refresh() {
        getContent().setItems(editing.versions());
    }

    private Component state(SurveyVersionSummary v) {
        if (v.current()) {
            Span current = new Span(getTranslation("feedback.survey-edit.versions.current"));
            current.getElement().getThemeList().add("badge success");
            return current;
        }
        Button use = new Button(getTranslation("feedback.survey-edit.versions.make-current"), e -> makeCurrent(v));
        use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        use.setId("make-current-" + v.number());
        return use;
    }

    private void makeCurrent(SurveyVersionSummary v) {
        try {
            SurveyVersion chosen = editing.makeCurrent(v.number());
            ServiceCalls.saved(this, "feedback.survey-edit.versions.made-current", chosen.number());
            madeCurrent.accept(chosen);
        } catch (FeedbackRejectedException refused) {
            ServiceCalls.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
