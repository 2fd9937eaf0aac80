package ru.perechen.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** Date pickers that read and write dates as {@code dd.MM.yyyy}, with month and day names in the UI's language. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker datePicker(Component owner, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("dd.MM.yyyy")
                .setFirstDayOfWeek(1)
                .setMonthNames(list(owner, "date.months"))
                .setWeekdays(list(owner, "date.weekdays"))
                .setWeekdaysShort(list(owner, "date.weekdays-short"))
                .setToday(owner.getTranslation("date.today"))
                .setCancel(owner.getTranslation("action.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("date.bad-input")));
        picker.setPlaceholder(owner.getTranslation("date.placeholder"));
        return picker;
    }

    private static List<String> list(Component owner, String key) {
        return Arrays.stream(owner.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
