package ru.perechen.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ru.perechen.catalog.OrgUnit;
import ru.perechen.catalog.OrgUnitDraft;
import ru.perechen.catalog.StaffMember;
import ru.perechen.uikit.FormDialog;

/** Adds or edits a unit: its place in the tree, its head, supervising deputy and members. */
class OrgUnitDialog extends FormDialog {

    private final TextField name = new TextField();
    private final ComboBox<OrgUnit> parent = new ComboBox<>();
    private final ComboBox<StaffMember> head = new ComboBox<>();
    private final ComboBox<StaffMember> supervisor = new ComboBox<>();
    private final MultiSelectComboBox<StaffMember> members = new MultiSelectComboBox<>();

    /**
     * @param existing      the unit to edit, or null for a new one
     * @param presetParent  the parent of a new sub-unit, or null
     * @param save          stores the draft; false when the service refused it (the dialog stays open)
     */
    OrgUnitDialog(OrgUnit existing, OrgUnit presetParent, List<OrgUnit> units, List<StaffMember> people,
                  Predicate<OrgUnitDraft> save) {
        setHeaderTitle(getTranslation(existing == null ? "units.dialog.add" : "units.dialog.edit"));
        setWidth("min(46rem, 95vw)");
        name.setLabel(getTranslation("units.field.name"));
        name.setId("unit-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(300);
        parent.setLabel(getTranslation("units.field.parent"));
        parent.setId("unit-parent");
        parent.setHelperText(getTranslation("units.field.parent.help"));
        Set<UUID> excluded = existing == null ? Set.of() : subtreeOf(existing.id(), units);
        parent.setItems(units.stream().filter(u -> !u.closed() && !excluded.contains(u.id())).toList());
        parent.setItemLabelGenerator(u -> String.join(" / ", u.path()));
        parent.setClearButtonVisible(true);
        for (ComboBox<StaffMember> person : List.of(head, supervisor)) {
            person.setItems(people);
            person.setItemLabelGenerator(StaffMember::displayName);
            person.setClearButtonVisible(true);
        }
        head.setLabel(getTranslation("units.field.head"));
        head.setId("unit-head");
        supervisor.setLabel(getTranslation("units.field.supervisor"));
        supervisor.setId("unit-supervisor");
        members.setLabel(getTranslation("units.field.members"));
        members.setId("unit-members");
        members.setItems(people);
        members.setItemLabelGenerator(StaffMember::displayName);
        members.setHelperText(getTranslation("units.field.members.help"));

        if (existing != null) {
            name.setValue(existing.name());
            parent.setValue(units.stream().filter(u -> u.id().equals(existing.parentId())).findFirst().orElse(null));
            head.setValue(existing.head());
            supervisor.setValue(existing.supervisor());
            members.setValue(new HashSet<>(existing.members()));
        } else if (presetParent != null) {
            parent.setValue(presetParent);
            head.setValue(presetParent.head());
            supervisor.setValue(presetParent.supervisor());
        }
        FormLayout form = new FormLayout(name, parent, head, supervisor, members);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(name, 2);
        form.setColspan(parent, 2);
        form.setColspan(members, 2);
        add(form);

        Button ok = new Button(getTranslation("action.save"), e -> {
            OrgUnitDraft draft = new OrgUnitDraft(name.getValue(), idOf(parent.getValue()), personId(head.getValue()),
                    personId(supervisor.getValue()),
                    members.getValue().stream().map(StaffMember::id).collect(Collectors.toSet()));
            if (save.test(draft)) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("unit-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    Map<String, HasValidation> fields() {
        return Map.of("name", name, "parentId", parent, "headId", head, "supervisorId", supervisor, "memberIds", members);
    }

    /** The unit and everything below it: none of them can become its parent. */
    private static Set<UUID> subtreeOf(UUID root, List<OrgUnit> units) {
        Set<UUID> subtree = new HashSet<>(Set.of(root));
        // units come parents first, so one pass collects every descendant
        for (OrgUnit unit : units) {
            if (unit.parentId() != null && subtree.contains(unit.parentId())) {
                subtree.add(unit.id());
            }
        }
        return subtree;
    }

    private static UUID idOf(OrgUnit unit) {
        return unit == null ? null : unit.id();
    }

    private static UUID personId(StaffMember person) {
        return person == null ? null : person.id();
    }
}
