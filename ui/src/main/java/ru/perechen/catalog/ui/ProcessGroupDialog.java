package ru.perechen.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Function;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupDraft;
import ru.perechen.uikit.FormDialog;

/** Adds or edits a process group; stays open with the field marked when the service refuses the input. */
class ProcessGroupDialog extends FormDialog {

    private final TextArea name = new TextArea();
    private final TextArea printTitle = new TextArea();
    private final Checkbox internalClient = new Checkbox();

    ProcessGroupDialog(ProcessGroup existing, Function<ProcessGroupDraft, Boolean> save) {
        setHeaderTitle(getTranslation(existing == null ? "groups.dialog.add" : "groups.dialog.edit"));
        setWidth("min(44rem, 95vw)");
        name.setLabel(getTranslation("groups.field.name"));
        name.setId("group-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(500);
        printTitle.setLabel(getTranslation("groups.field.print-title"));
        printTitle.setId("group-print-title");
        printTitle.setHelperText(getTranslation("groups.field.print-title.help"));
        printTitle.setMaxLength(500);
        internalClient.setLabel(getTranslation("groups.field.internal-client"));
        if (existing != null) {
            name.setValue(existing.name());
            printTitle.setValue(existing.printTitle() == null ? "" : existing.printTitle());
            internalClient.setValue(existing.internalClient());
        }
        FormLayout form = new FormLayout(name, printTitle, internalClient);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (save.apply(new ProcessGroupDraft(name.getValue(), printTitle.getValue(), internalClient.getValue()))) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("group-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "printTitle", printTitle);
    }
}
