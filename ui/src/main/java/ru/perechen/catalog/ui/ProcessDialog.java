package ru.perechen.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.ProcessDraft;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessKind;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.FormDialog;

/** Adds or edits a process of the registry. */
class ProcessDialog extends FormDialog {

    private final TextArea name = new TextArea();
    private final ComboBox<ProcessGroup> group = new ComboBox<>();
    private final Select<ProcessKind> kind = new Select<>();
    private final Checkbox uniform = new Checkbox();
    private final MultiSelectComboBox<OrgUnit> units = new MultiSelectComboBox<>();
    private final DatePicker includedOn = DateFields.datePicker(this, getTranslation("process.field.included-on"));
    private final TextField includedByAct = new TextField();
    private final BasesEditor bases;

    ProcessDialog(AgencyProcess existing, List<ProcessGroup> groups, List<OrgUnit> orgUnits, Predicate<ProcessDraft> save) {
        setHeaderTitle(getTranslation(existing == null ? "process.dialog.add" : "process.dialog.edit"));
        setWidth("min(72rem, 96vw)");
        name.setLabel(getTranslation("process.field.name"));
        name.setId("process-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(1000);
        group.setLabel(getTranslation("process.field.group"));
        group.setId("process-group");
        group.setRequiredIndicatorVisible(true);
        group.setItems(groups.stream().filter(g -> !g.retired() || (existing != null && g.id().equals(existing.groupId()))).toList());
        group.setItemLabelGenerator(g -> (g.number() == null ? "" : g.number() + ". ") + g.name());
        kind.setLabel(getTranslation("process.field.kind"));
        kind.setId("process-kind");
        kind.setItems(ProcessKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        uniform.setLabel(getTranslation("process.field.uniform"));
        uniform.setId("process-uniform");
        units.setLabel(getTranslation("process.field.units"));
        units.setId("process-units");
        units.setItems(orgUnits.stream().filter(u -> !u.closed()).toList());
        units.setItemLabelGenerator(u -> String.join(" / ", u.path()));
        units.setHelperText(getTranslation("process.field.units.help"));
        uniform.addValueChangeListener(e -> units.setEnabled(!e.getValue()));
        includedByAct.setLabel(getTranslation("process.field.included-by-act"));
        includedByAct.setPlaceholder(getTranslation("process.field.act.placeholder"));
        includedByAct.setMaxLength(300);
        bases = new BasesEditor(existing == null ? List.of() : existing.bases());

        if (existing != null) {
            name.setValue(existing.name());
            group.setValue(groups.stream().filter(g -> g.id().equals(existing.groupId())).findFirst().orElse(null));
            kind.setValue(existing.kind());
            uniform.setValue(existing.uniformForAllUnits());
            units.setValue(new HashSet<>(orgUnits.stream()
                    .filter(u -> existing.owners().stream().anyMatch(o -> o.id().equals(u.id()))).toList()));
            includedOn.setValue(existing.includedOn());
            includedByAct.setValue(existing.includedByAct() == null ? "" : existing.includedByAct());
        }
        FormLayout form = new FormLayout(name, group, kind, uniform, units, includedOn, includedByAct);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(name, 2);
        form.setColspan(uniform, 2);
        form.setColspan(units, 2);
        add(form, bases);

        Button ok = new Button(getTranslation("action.save"), e -> {
            ProcessDraft draft = new ProcessDraft(name.getValue(), group.getValue() == null ? null : group.getValue().id(),
                    kind.getValue(), uniform.getValue(),
                    units.getValue().stream().map(OrgUnit::id).collect(Collectors.toSet()), bases.value(),
                    includedOn.getValue(), includedByAct.getValue());
            if (save.test(draft)) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("process-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "groupId", group, "kind", kind, "unitIds", units, "includedByAct", includedByAct,
                "bases", bases);
    }
}
