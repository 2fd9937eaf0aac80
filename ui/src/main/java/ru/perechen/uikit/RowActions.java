package ru.perechen.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The icon buttons in a row's «Действия» cell: labelled for screen readers with the row they act on. */
public final class RowActions {

    private RowActions() {
    }

    /**
     * @param subject the row's name, read out with the action ("Изменить: Отдел кадров")
     * @param name    a stable name for tests ({@code data-action})
     */
    public static Button button(Component owner, VaadinIcon icon, String labelKey, String subject, String name, Runnable run) {
        Button button = new Button(icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        String label = owner.getTranslation(labelKey);
        button.setAriaLabel(label + ": " + subject);
        button.setTooltipText(label);
        button.getElement().setAttribute("data-action", name);
        return button;
    }
}
