package ru.perechen.catalog.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import ru.perechen.catalog.Basis;
import ru.perechen.catalog.BasisKind;
import ru.perechen.uikit.DateFields;

/** The bases of a process, one row each: kind, title, number, date, link. Errors name the row. */
class BasesEditor extends Composite<VerticalLayout> implements HasValidation {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> entries = new ArrayList<>();
    private final Span error = new Span();

    BasesEditor(List<Basis> initial) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.setId("process-bases");
        Span caption = new Span(getTranslation("process.field.bases"));
        caption.addClassName("field-caption");
        rows.setPadding(false);
        error.addClassName("field-error");
        error.setVisible(false);
        Button add = new Button(getTranslation("process.action.add-basis"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-basis");
        content.add(caption, rows, error, add);
        initial.forEach(this::addRow);
    }

    List<Basis> value() {
        return entries.stream().map(Row::value).toList();
    }

    private void addRow(Basis basis) {
        Row row = new Row(basis);
        entries.add(row);
        rows.add(row.layout);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    private final class Row {
        private final Select<BasisKind> kind = new Select<>();
        private final TextField title = new TextField();
        private final TextField number = new TextField();
        private final DatePicker issuedOn = DateFields.datePicker(BasesEditor.this, getTranslation("process.basis.date"));
        private final TextField url = new TextField();
        private final HorizontalLayout layout = new HorizontalLayout();

        Row(Basis basis) {
            kind.setLabel(getTranslation("process.basis.kind"));
            kind.setItems(BasisKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            kind.setWidth("13em");
            title.setLabel(getTranslation("process.basis.title"));
            title.setWidth("18em");
            number.setLabel(getTranslation("process.basis.number"));
            number.setWidth("7em");
            issuedOn.setWidth("9.5em");
            url.setLabel(getTranslation("process.basis.url"));
            url.setWidth("12em");
            if (basis != null) {
                kind.setValue(basis.kind());
                title.setValue(basis.title());
                number.setValue(basis.number() == null ? "" : basis.number());
                issuedOn.setValue(basis.issuedOn());
                url.setValue(basis.url() == null ? "" : basis.url());
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                entries.remove(this);
                rows.remove(layout);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("process.action.remove-basis"));
            layout.add(kind, title, number, issuedOn, url, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
            layout.addClassName("basis-row");
        }

        Basis value() {
            return new Basis(kind.getValue(), title.getValue(), number.getValue(), issuedOn.getValue(), url.getValue());
        }
    }
}
