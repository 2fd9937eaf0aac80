package ru.perechen.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.perechen.calendar.CalendarDay;
import ru.perechen.calendar.CalendarService;
import ru.perechen.calendar.CalendarYear;
import ru.perechen.calendar.DayKind;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.uikit.DateFields;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;
import ru.perechen.uikit.RowActions;

/**
 * Производственный календарь for the platform admin: the years entered with their decrees, the days of
 * a year, a new year entered from the decree's list of days, and the regions' own days off.
 */
@Route("platform/calendar")
@RolesAllowed("PLATFORM_ADMIN")
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final CalendarService calendar;
    private final AgencyDirectory directory;
    private final Grid<CalendarYear> years = new Grid<>();
    private final Grid<CalendarDay> days = new Grid<>();
    private final Select<Integer> year = new Select<>();
    private final Select<RegionSummary> region = new Select<>();
    private final Span missing = new Span();

    CalendarView(CalendarService calendar, AgencyDirectory directory) {
        this.calendar = calendar;
        this.directory = directory;
        addClassName("page");
        years.setId("calendar-years");
        years.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        years.addColumn(CalendarYear::year).setHeader(getTranslation("calendar.column.year")).setAutoWidth(true).setFlexGrow(0);
        years.addColumn(CalendarYear::decree).setHeader(getTranslation("calendar.column.decree")).setFlexGrow(3);
        years.addColumn(CalendarYear::federalDays).setHeader(getTranslation("calendar.column.days")).setAutoWidth(true);
        years.addColumn(y -> ("system".equals(y.enteredBy()) ? getTranslation("audit.system") : y.enteredBy()) + ", "
                + Formats.dateTime(y.enteredAt(), ZONE)).setHeader(getTranslation("calendar.column.entered")).setFlexGrow(2);
        years.setAllRowsVisible(true);
        days.setId("calendar-days");
        days.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        days.addColumn(d -> Formats.DATE.format(d.day())).setHeader(getTranslation("calendar.column.day")).setAutoWidth(true);
        days.addColumn(d -> d.day().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()))
                .setHeader(getTranslation("calendar.column.weekday")).setAutoWidth(true);
        days.addColumn(d -> getTranslation(d.kind().messageKey())).setHeader(getTranslation("calendar.column.kind")).setAutoWidth(true);
        days.addColumn(d -> d.note() == null ? "" : d.note()).setHeader(getTranslation("calendar.column.note")).setFlexGrow(2);
        days.addColumn(d -> d.region() == null ? getTranslation("calendar.federal")
                : directory.regions().stream().filter(r -> r.id().equals(d.region())).map(RegionSummary::name).findFirst().orElse(""))
                .setHeader(getTranslation("calendar.column.region")).setFlexGrow(1);
        days.addComponentColumn(this::dayActions).setAutoWidth(true).setFlexGrow(0);
        days.setHeight("28rem");
        year.setId("calendar-year");
        year.setLabel(getTranslation("calendar.column.year"));
        region.setId("calendar-region");
        region.setLabel(getTranslation("calendar.column.region"));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("calendar.federal-only"));
        region.setItemLabelGenerator(r -> r == null ? getTranslation("calendar.federal-only") : r.code() + " — " + r.name());
        year.addValueChangeListener(e -> showDays());
        region.addValueChangeListener(e -> showDays());
        missing.setId("calendar-missing-year");
        missing.addClassName("warning-text");

        Button enter = new Button(getTranslation("calendar.action.enter-year"), VaadinIcon.PLUS.create(), e -> enterYear());
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setId("enter-year");
        Button dayOff = new Button(getTranslation("calendar.action.regional-day"), VaadinIcon.CALENDAR.create(), e -> regionalDay());
        dayOff.setId("add-regional-day");
        HorizontalLayout pick = new HorizontalLayout(year, region, dayOff);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new PageHeader(getTranslation("calendar.title"), getTranslation("calendar.subtitle")),
                new Paragraph(getTranslation("calendar.intro")), missing, enter, years,
                new H2(getTranslation("calendar.days")), pick, days);
        refresh();
    }

    private void refresh() {
        List<CalendarYear> list = calendar.years();
        years.setItems(list);
        year.setItems(list.stream().map(CalendarYear::year).toList());
        region.setItems(directory.regions());
        int today = LocalDate.now(ZONE).getYear();
        year.setValue(list.stream().map(CalendarYear::year).filter(y -> y == today).findFirst()
                .orElse(list.isEmpty() ? null : list.getFirst().year()));
        missing.setText(calendar.missingYearWithin(CalendarWarningCard.HORIZON_DAYS)
                .map(y -> getTranslation("calendar.missing.text", String.valueOf(y))).orElse(""));
        missing.setVisible(!missing.getText().isEmpty());
        showDays();
    }

    private void showDays() {
        days.setItems(year.getValue() == null ? List.of()
                : calendar.days(year.getValue(), region.getValue() == null ? null : region.getValue().id()));
    }

    private Component dayActions(CalendarDay day) {
        if (day.region() == null) {
            return new Span();
        }
        return RowActions.button(this, VaadinIcon.TRASH, "calendar.action.remove-day", Formats.DATE.format(day.day()), "remove-day",
                () -> run(() -> calendar.removeRegionalDay(day.id()), Map.of()));
    }

    private void enterYear() {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("calendar.action.enter-year"));
        dialog.setWidth("min(44rem, 96vw)");
        int next = calendar.years().stream().mapToInt(CalendarYear::year).max().orElse(LocalDate.now(ZONE).getYear() - 1) + 1;
        IntegerField number = new IntegerField(getTranslation("calendar.column.year"));
        number.setId("new-year");
        number.setValue(next);
        TextField decree = new TextField(getTranslation("calendar.column.decree"));
        decree.setId("new-year-decree");
        decree.setPlaceholder("Постановление Правительства РФ от … № …");
        decree.setWidthFull();
        TextArea lines = new TextArea(getTranslation("calendar.field.days"));
        lines.setId("new-year-days");
        lines.setHelperText(getTranslation("calendar.field.days.help"));
        lines.setWidthFull();
        lines.setHeight("18rem");
        lines.setValue(text(CalendarService.federalHolidays(next)));
        number.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                lines.setValue(text(CalendarService.federalHolidays(e.getValue())));
            }
        });
        FormLayout form = new FormLayout(number, decree, lines);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.setColspan(decree, 2);
        form.setColspan(lines, 3);
        dialog.add(form);
        Button ok = new Button(getTranslation("action.save"), e -> {
            List<CalendarService.DayEntry> parsed;
            try {
                parsed = parse(lines.getValue());
            } catch (InvalidSettingException bad) {
                lines.setErrorMessage(getTranslation(bad.messageKey(), bad.arguments()));
                lines.setInvalid(true);
                return;
            }
            if (run(() -> calendar.enterYear(number.getValue() == null ? 0 : number.getValue(), decree.getValue(), parsed),
                    Map.of("year", number, "decree", decree, "days", lines))) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("new-year-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void regionalDay() {
        Dialog dialog = new FormDialog();
        dialog.setHeaderTitle(getTranslation("calendar.action.regional-day"));
        Select<RegionSummary> which = new Select<>();
        which.setLabel(getTranslation("calendar.column.region"));
        which.setId("regional-day-region");
        which.setItems(directory.regions());
        which.setItemLabelGenerator(r -> r.code() + " — " + r.name());
        which.setValue(region.getValue());
        DatePicker day = DateFields.datePicker(this, getTranslation("calendar.column.day"));
        day.setId("regional-day-date");
        TextField note = new TextField(getTranslation("calendar.column.note"));
        note.setId("regional-day-note");
        dialog.add(new FormLayout(which, day, note));
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (run(() -> calendar.addRegionalDayOff(which.getValue() == null ? null : which.getValue().id(), day.getValue(),
                    note.getValue()), Map.of("region", which, "day", day))) {
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("regional-day-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private boolean run(Runnable action, Map<String, com.vaadin.flow.component.HasValidation> fields) {
        boolean done = ServiceCalls.run(this, fields, this::refresh, () -> {
            action.run();
            return null;
        });
        if (done) {
            ServiceCalls.saved(this, "calendar.saved");
            refresh();
        }
        return done;
    }

    /** «01.01.2027 праздник Новогодние каникулы» — one day a line, as the decree lists them. */
    private String text(List<CalendarService.DayEntry> entries) {
        return entries.stream().map(d -> Formats.DATE.format(d.day()) + " " + word(d.kind()) + (d.note() == null ? "" : " " + d.note()))
                .collect(Collectors.joining("\n"));
    }

    private String word(DayKind kind) {
        return getTranslation("calendar.word." + kind.name());
    }

    private List<CalendarService.DayEntry> parse(String text) {
        List<CalendarService.DayEntry> entries = new ArrayList<>();
        String[] rows = text == null ? new String[0] : text.split("\n");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int line = i + 1;
            if (row.isEmpty()) {
                continue;
            }
            String[] parts = row.split("\\s+", 3);
            LocalDate day;
            try {
                day = LocalDate.parse(parts[0], Formats.DATE);
            } catch (DateTimeParseException bad) {
                throw new InvalidSettingException("days", "calendar.error.line-date", line, parts[0]);
            }
            String word = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "";
            DayKind kind = java.util.Arrays.stream(DayKind.values()).filter(k -> word(k).equals(word)).findFirst()
                    .orElseThrow(() -> new InvalidSettingException("days", "calendar.error.line-kind", line, word));
            entries.add(new CalendarService.DayEntry(day, kind, parts.length > 2 ? parts[2] : null));
        }
        return entries;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " — " + getTranslation("app.name");
    }
}
