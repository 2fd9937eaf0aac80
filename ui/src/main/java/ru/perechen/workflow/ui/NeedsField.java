package ru.perechen.workflow.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.register.NeedInteraction;
import ru.perechen.register.RowContent;

/**
 * Column 5 of a row: the needs it satisfies, each ticked with an optional description of the
 * interaction done for it (rule 3: at least one).
 */
class NeedsField extends CustomField<List<NeedInteraction>> {

    private final Map<UUID, Checkbox> ticks = new LinkedHashMap<>();
    private final Map<UUID, TextField> texts = new LinkedHashMap<>();

    NeedsField(List<ClientNeed> needs) {
        Div list = new Div();
        list.addClassName("needs-field");
        int i = 0;
        for (ClientNeed need : needs) {
            i++;
            Checkbox tick = new Checkbox(need.name());
            tick.setId("need-" + i);
            TextField text = new TextField();
            text.setId("need-" + i + "-interaction");
            text.setPlaceholder(getTranslation("row.field.interaction.placeholder"));
            text.setAriaLabel(getTranslation("row.field.interaction", need.name()));
            text.setMaxLength(RowContent.INTERACTION_MAX);
            text.setWidthFull();
            text.setVisible(false);
            tick.addValueChangeListener(e -> {
                text.setVisible(e.getValue());
                updateValue();
            });
            text.addValueChangeListener(e -> updateValue());
            ticks.put(need.id(), tick);
            texts.put(need.id(), text);
            Div line = new Div(tick, text);
            line.addClassName("needs-field-line");
            list.add(line);
        }
        add(list);
    }

    @Override
    protected List<NeedInteraction> generateModelValue() {
        List<NeedInteraction> chosen = new ArrayList<>();
        ticks.forEach((id, tick) -> {
            if (tick.getValue()) {
                chosen.add(new NeedInteraction(id, texts.get(id).getValue()));
            }
        });
        return chosen;
    }

    @Override
    protected void setPresentationValue(List<NeedInteraction> value) {
        ticks.values().forEach(t -> t.setValue(false));
        texts.values().forEach(t -> t.setValue(""));
        if (value != null) {
            for (NeedInteraction n : value) {
                if (ticks.containsKey(n.needId())) {
                    ticks.get(n.needId()).setValue(true);
                    texts.get(n.needId()).setValue(n.interaction() == null ? "" : n.interaction());
                }
            }
        }
    }
}
