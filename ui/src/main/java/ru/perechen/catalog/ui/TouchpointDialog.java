package ru.perechen.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Predicate;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ChannelType;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointDraft;
import ru.perechen.uikit.FormDialog;

/** Adds or edits a touchpoint; choosing the channel proposes its usual kind and the form of its address. */
class TouchpointDialog extends FormDialog {

    private final TextField name = new TextField();
    private final Select<ChannelType> type = new Select<>();
    private final RadioButtonGroup<ChannelKind> kind = new RadioButtonGroup<>();
    private final TextField address = new TextField();
    private final TextField workingHours = new TextField();
    private final TextField basis = new TextField();

    TouchpointDialog(Touchpoint existing, Predicate<TouchpointDraft> save) {
        setHeaderTitle(getTranslation(existing == null ? "touchpoint.dialog.add" : "touchpoint.dialog.edit"));
        setWidth("min(44rem, 95vw)");
        name.setLabel(getTranslation("touchpoint.field.name"));
        name.setId("touchpoint-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(500);
        type.setLabel(getTranslation("touchpoint.field.type"));
        type.setId("touchpoint-type");
        type.setItems(ChannelType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("touchpoint.field.kind"));
        kind.setId("touchpoint-kind");
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        address.setLabel(getTranslation("touchpoint.field.address"));
        address.setId("touchpoint-address");
        address.setMaxLength(1000);
        workingHours.setLabel(getTranslation("touchpoint.field.hours"));
        workingHours.setMaxLength(300);
        basis.setLabel(getTranslation("touchpoint.field.basis"));
        basis.setHelperText(getTranslation("touchpoint.field.basis.help"));
        basis.setMaxLength(1000);
        type.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                if (e.isFromClient()) {
                    kind.setValue(e.getValue().usualKind());
                }
                address.setHelperText(getTranslation("touchpoint.address.help." + e.getValue().address().name()));
            }
        });
        if (existing != null) {
            name.setValue(existing.name());
            type.setValue(existing.type());
            kind.setValue(existing.kind());
            address.setValue(existing.address() == null ? "" : existing.address());
            workingHours.setValue(existing.workingHours() == null ? "" : existing.workingHours());
            basis.setValue(existing.basis() == null ? "" : existing.basis());
        }
        FormLayout form = new FormLayout(name, type, kind, address, workingHours, basis);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34em", 2));
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        form.setColspan(basis, 2);
        add(form);
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (save.test(new TouchpointDraft(name.getValue(), kind.getValue(), type.getValue(), address.getValue(),
                    workingHours.getValue(), basis.getValue()))) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("touchpoint-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "type", type, "address", address, "workingHours", workingHours, "basis", basis);
    }
}
