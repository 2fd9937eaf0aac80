package ru.perechen.workflow.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ChannelKind;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.CustomColumnType;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.register.RowContent;
import ru.perechen.uikit.FormDialog;

/** A row of the list as a change request proposes it: process, unit, touchpoint, needs, specifics, basis, own columns. */
class RowDialog extends FormDialog {

    private final ComboBox<AgencyProcess> process = new ComboBox<>();
    private final ComboBox<AgencyProcess.UnitRef> unit = new ComboBox<>();
    private final ComboBox<Touchpoint> touchpoint = new ComboBox<>();
    private final NeedsField needs;
    private final TextArea specifics = new TextArea();
    private final TextField basis = new TextField();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<UUID, com.vaadin.flow.component.AbstractField<?, String>> custom = new LinkedHashMap<>();

    RowDialog(String title, List<AgencyProcess> processes, List<Touchpoint> touchpoints, List<ClientNeed> activeNeeds,
              List<TemplateColumn> customColumns, RowContent initial, Predicate<RowContent> save) {
        setHeaderTitle(title);
        setWidth("min(52rem, 96vw)");
        process.setLabel(getTranslation("row.field.process"));
        process.setId("row-process");
        process.setItems(processes.stream().filter(p -> !p.excluded() || (initial != null && p.id().equals(initial.processId())))
                .toList());
        process.setItemLabelGenerator(p -> (p.groupNumber() == null ? "" : p.groupNumber() + ". ") + p.name());
        process.setRequiredIndicatorVisible(true);
        process.setWidthFull();
        unit.setLabel(getTranslation("row.field.unit"));
        unit.setId("row-unit");
        unit.setItemLabelGenerator(AgencyProcess.UnitRef::name);
        unit.setHelperText(getTranslation("row.field.unit.help"));
        touchpoint.setLabel(getTranslation("row.field.touchpoint"));
        touchpoint.setId("row-touchpoint");
        touchpoint.setItems(touchpoints.stream().filter(t -> !t.retired() || (initial != null && t.id().equals(initial.touchpointId())))
                .toList());
        touchpoint.setItemLabelGenerator(t -> t.name() + " — " + getTranslation(t.kind().messageKey()).toLowerCase());
        touchpoint.setRequiredIndicatorVisible(true);
        needs = new NeedsField(activeNeeds);
        needs.setLabel(getTranslation("row.field.needs"));
        needs.setId("row-needs");
        needs.setHelperText(getTranslation("row.field.needs.help"));
        needs.setRequiredIndicatorVisible(true);
        specifics.setLabel(getTranslation("row.field.specifics"));
        specifics.setId("row-specifics");
        specifics.setMaxLength(RowContent.SPECIFICS_MAX);
        basis.setLabel(getTranslation("row.field.basis"));
        basis.setId("row-basis");
        basis.setHelperText(getTranslation("row.field.basis.help"));
        basis.setMaxLength(RowContent.BASIS_MAX);
        process.addValueChangeListener(e -> showUnits(e.getValue(), null));
        touchpoint.addValueChangeListener(e -> specifics.setPlaceholder(e.getValue() == null ? ""
                : getTranslation("list.specifics.default." + e.getValue().kind().name())));

        FormLayout form = new FormLayout(process, unit, touchpoint, needs, specifics, basis);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(process, 2);
        form.setColspan(needs, 2);
        form.setColspan(specifics, 2);
        form.setColspan(basis, 2);
        int n = 0;
        for (TemplateColumn column : customColumns) {
            n++;
            com.vaadin.flow.component.AbstractField<?, String> field;
            if (column.customType() == CustomColumnType.CHOICE) {
                ComboBox<String> choice = new ComboBox<>(column.title());
                choice.setItems(column.options());
                choice.setClearButtonVisible(true);
                field = choice;
            } else {
                TextField text = new TextField(column.title());
                text.setMaxLength(RowContent.CUSTOM_MAX);
                field = text;
            }
            field.setId("row-custom-" + n);
            custom.put(column.id(), field);
            fields.put("custom." + column.id(), (HasValidation) field);
            form.add((com.vaadin.flow.component.Component) field);
        }
        add(form);
        fields.putAll(Map.of("process", process, "unit", unit, "touchpoint", touchpoint, "needs", needs, "specifics", specifics,
                "basis", basis));

        if (initial != null) {
            processes.stream().filter(p -> p.id().equals(initial.processId())).findFirst().ifPresent(process::setValue);
            showUnits(process.getValue(), initial.unitId());
            touchpoints.stream().filter(t -> t.id().equals(initial.touchpointId())).findFirst().ifPresent(touchpoint::setValue);
            needs.setValue(initial.needs());
            specifics.setValue(Objects.toString(initial.specifics(), ""));
            basis.setValue(Objects.toString(initial.basis(), ""));
            initial.customValues().forEach((id, value) -> {
                var field = custom.get(id);
                if (field != null) {
                    field.setValue(value);
                }
            });
        } else {
            showUnits(null, null);
        }
        Button ok = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            Map<UUID, String> values = new HashMap<>();
            custom.forEach((id, field) -> values.put(id, field.getValue()));
            RowContent content = new RowContent(process.getValue() == null ? null : process.getValue().id(),
                    unit.getValue() == null ? null : unit.getValue().id(),
                    touchpoint.getValue() == null ? null : touchpoint.getValue().id(), needs.getValue(), specifics.getValue(),
                    basis.getValue(), values);
            if (save.test(content)) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("row-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    /** Rule 2: a unit is chosen only when several units run the process. */
    private void showUnits(AgencyProcess p, UUID selected) {
        List<AgencyProcess.UnitRef> owners = p == null || p.uniformForAllUnits() ? List.of()
                : p.owners().stream().filter(o -> !o.closed()).toList();
        unit.setItems(owners);
        unit.setVisible(owners.size() > 1);
        unit.setValue(owners.stream().filter(o -> o.id().equals(selected)).findFirst().orElse(null));
    }

    Map<String, HasValidation> fields() {
        return fields;
    }
}
