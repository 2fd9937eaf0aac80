package ru.perechen.feedback.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
import ru.perechen.feedback.FeedbackImportPreview;
import ru.perechen.feedback.FeedbackImportPreview.Choice;
import ru.perechen.feedback.ImportTarget;

/**
 * The file's columns, each with what it is read as: a question («5(15). Способ получения…»), the
 * difficulties under a score, or the response's channel, touchpoint, date, comment, contact, consent —
 * or not read. A suggestion by the title is marked; a choice re-reads the file.
 */
class ImportMappingPanel extends Composite<Details> {

    ImportMappingPanel(FeedbackImportPreview preview, BiConsumer<String, ImportTarget> chosen) {
        Div table = new Div();
        table.addClassName("import-mapping");
        table.setId("feedback-import-mapping");
        List<FeedbackImportPreview.Column> columns = preview.columns();
        for (int i = 0; i < columns.size(); i++) {
            FeedbackImportPreview.Column column = columns.get(i);
            Select<Choice> choice = new Select<>();
            choice.setId("feedback-import-map-" + (i + 1));
            choice.setLabel(column.title().isBlank() ? getTranslation("feedback.import.column.untitled", i + 1) : column.title());
            choice.setItems(preview.choices());
            choice.setItemLabelGenerator(this::label);
            preview.choices().stream().filter(c -> c.target().equals(column.target())).findFirst().ifPresent(choice::setValue);
            if (column.suggested()) {
                choice.setHelperText(getTranslation("feedback.import.column.suggested"));
            }
            choice.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    chosen.accept(column.key(), e.getValue().target());
                }
            });
            table.add(choice);
        }
        boolean nothing = columns.stream().allMatch(c -> c.target().kind() == ImportTarget.Kind.IGNORED);
        getContent().setSummaryText(getTranslation("feedback.import.mapping", columns.stream()
                .filter(c -> c.target().kind() != ImportTarget.Kind.IGNORED).count(), columns.size()));
        getContent().add(table);
        getContent().setOpened(nothing || preview.hasProblems());
        getContent().setId("feedback-import-mapping-panel");
    }

    private String label(Choice choice) {
        ImportTarget target = choice.target();
        return switch (target.kind()) {
            case ANSWER -> choice.label() + ". " + choice.text();
            case DIFFICULTY -> getTranslation("feedback.import.target.DIFFICULTY", choice.label());
            default -> getTranslation(target.messageKey());
        };
    }
}
