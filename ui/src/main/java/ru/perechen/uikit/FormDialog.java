package ru.perechen.uikit;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog holding what a person types: a click beside it does not close it (and lose the typing) — «Отмена»
 * and Esc do. It also keeps a dialog opened from a button in a grid's cell open: the grid's own handling of
 * that click reached the dialog's overlay as a click outside and closed it at once, seen in Chromium only.
 */
public class FormDialog extends Dialog {

    public FormDialog() {
        setCloseOnOutsideClick(false);
    }

    public FormDialog(String headerTitle) {
        this();
        setHeaderTitle(headerTitle);
    }
}
