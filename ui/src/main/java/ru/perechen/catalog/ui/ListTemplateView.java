package ru.perechen.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.util.HtmlUtils;
import ru.perechen.catalog.AgencyProcess;
import ru.perechen.catalog.ClientNeed;
import ru.perechen.catalog.ClientNeedService;
import ru.perechen.catalog.CustomColumnType;
import ru.perechen.catalog.ListTemplate;
import ru.perechen.catalog.ListTemplateDraft;
import ru.perechen.catalog.ListTemplateService;
import ru.perechen.catalog.ProcessGroup;
import ru.perechen.catalog.ProcessGroupService;
import ru.perechen.catalog.ProcessRegistryService;
import ru.perechen.catalog.StandardColumn;
import ru.perechen.catalog.TemplateColumn;
import ru.perechen.catalog.TemplateColumnDraft;
import ru.perechen.catalog.Touchpoint;
import ru.perechen.catalog.TouchpointService;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.PageHeader;

/**
 * Колонки Перечня: which columns the printed list has, their titles and order, the numbering row,
 * and the agency's own columns — with the printed header previewed as it changes.
 */
@Route("agency/:agency/template")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class ListTemplateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final ListTemplateService templates;
    private final ProcessGroupService groups;
    private final ProcessRegistryService registry;
    private final TouchpointService touchpoints;
    private final ClientNeedService needs;

    private final List<ColumnModel> columns = new ArrayList<>();
    private final Div columnList = new Div();
    private final Checkbox numberingRow = new Checkbox();
    private final Div preview = new Div();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private long version;
    private boolean editable;
    private AgencySummary agency;
    private Sample sample;

    ListTemplateView(AgencyRouteGuard routes, ListTemplateService templates, ProcessGroupService groups,
                     ProcessRegistryService registry, TouchpointService touchpoints, ClientNeedService needs) {
        this.routes = routes;
        this.templates = templates;
        this.groups = groups;
        this.registry = registry;
        this.touchpoints = touchpoints;
        this.needs = needs;
        addClassName("page");
        columnList.setId("template-columns");
        columnList.addClassName("chain-steps");
        numberingRow.setLabel(getTranslation("template.field.numbering-row"));
        numberingRow.setHelperText(getTranslation("template.field.numbering-row.help"));
        numberingRow.setId("numbering-row");
        numberingRow.addValueChangeListener(e -> refreshPreview());
        preview.setId("template-preview");
        preview.addClassName("template-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary summary) {
        removeAll();
        agency = summary;
        editable = Access.ADMINISTRATION.isGranted();
        sample = sample();
        load(templates.current());
        numberingRow.setReadOnly(!editable);
        VerticalLayout editor = new VerticalLayout(new H2(getTranslation("template.columns")), columnList);
        editor.setPadding(false);
        if (editable) {
            Select<CustomColumnType> add = new Select<>();
            add.setPlaceholder(getTranslation("template.action.add"));
            add.setItems(CustomColumnType.values());
            add.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            add.setId("add-column");
            add.setAriaLabel(getTranslation("template.action.add"));
            add.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    columns.add(new ColumnModel(null, null, e.getValue(), "", true, ""));
                    add.clear();
                    renderColumns();
                }
            });
            editor.add(add);
        }
        editor.add(numberingRow);
        Paragraph hint = new Paragraph(getTranslation("template.preview.hint"));
        hint.addClassName("hint");
        add(new PageHeader(getTranslation("template.title"), summary.shortName()), new Paragraph(getTranslation("template.intro")),
                new H2(getTranslation("template.preview")), preview, hint, editor);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-template");
            Button reset = new Button(getTranslation("action.reset"), e -> show(agency));
            add(new HorizontalLayout(save, reset));
        }
    }

    private void load(ListTemplate template) {
        version = template.version();
        numberingRow.setValue(template.numberingRow());
        columns.clear();
        template.columns().forEach(c -> columns.add(new ColumnModel(c.id(), c.standard(), c.customType(), c.title(), c.visible(),
                String.join("\n", c.options()))));
        renderColumns();
    }

    private void renderColumns() {
        columnList.removeAll();
        fields.clear();
        for (int i = 0; i < columns.size(); i++) {
            columnList.add(columnEditor(i));
        }
        refreshPreview();
    }

    private Component columnEditor(int index) {
        ColumnModel model = columns.get(index);
        int position = index + 1;
        String prefix = "column-" + position + "-";
        Checkbox printed = new Checkbox(getTranslation("template.field.printed"));
        printed.setValue(model.visible);
        printed.setId(prefix + "printed");
        boolean locked = model.standard != null && model.standard.alwaysPrinted();
        printed.setReadOnly(!editable || locked);
        if (locked) {
            printed.setTooltipText(getTranslation("template.always-printed"));
        }
        printed.addValueChangeListener(e -> {
            model.visible = e.getValue();
            refreshPreview();
        });
        TextField title = new TextField();
        title.setAriaLabel(getTranslation("template.field.title", position));
        title.setValue(model.title == null ? "" : model.title);
        title.setId(prefix + "title");
        title.setWidthFull();
        title.setReadOnly(!editable);
        title.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> {
            model.title = e.getValue();
            refreshPreview();
        });
        Span kind = new Span(model.standard != null ? getTranslation("template.kind.standard", getTranslation(model.standard.messageKey()))
                : getTranslation("template.kind.custom", getTranslation(model.type.messageKey())));
        kind.addClassName("hint");
        VerticalLayout text = new VerticalLayout(title, kind);
        text.setPadding(false);
        text.setSpacing(false);
        if (model.type == CustomColumnType.CHOICE) {
            TextArea options = new TextArea(getTranslation("template.field.options"));
            options.setHelperText(getTranslation("template.field.options.help"));
            options.setValue(model.options);
            options.setId(prefix + "options");
            options.setWidthFull();
            options.setReadOnly(!editable);
            options.addValueChangeListener(e -> model.options = e.getValue());
            fields.put("columns." + position + ".options", options);
            text.add(options);
        }
        fields.put("columns." + position + ".title", title);
        fields.put("columns." + position + ".visible", printed);
        Span number = new Span(String.valueOf(position));
        number.addClassName("step-number");
        HorizontalLayout row = new HorizontalLayout(number, text, printed);
        row.addClassName("chain-step");
        row.setId(prefix + "editor");
        row.setWidthFull();
        row.setFlexGrow(1, text);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (editable) {
            Button up = iconButton(VaadinIcon.ARROW_UP, "template.action.up", position, () -> move(index, -1));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "template.action.down", position, () -> move(index, 1));
            down.setEnabled(index < columns.size() - 1);
            up.setId(prefix + "up");
            down.setId(prefix + "down");
            row.add(up, down);
        }
        return row;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, int position, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey, position));
        return button;
    }

    private void move(int index, int by) {
        columns.add(index + by, columns.remove(index));
        renderColumns();
    }

    /** The printed header with the numbering row and one example row from the agency's own catalogues. */
    private void refreshPreview() {
        List<ColumnModel> printed = columns.stream().filter(c -> c.visible).toList();
        StringBuilder html = new StringBuilder("<table class=\"print-table\"><thead><tr>");
        printed.forEach(c -> html.append("<th>").append(HtmlUtils.htmlEscape(c.title == null ? "" : c.title)).append("</th>"));
        html.append("</tr>");
        if (Boolean.TRUE.equals(numberingRow.getValue())) {
            html.append("<tr class=\"numbering\">");
            for (int i = 1; i <= printed.size(); i++) {
                html.append("<td>").append(i).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</thead><tbody><tr>");
        printed.forEach(c -> html.append("<td>").append(HtmlUtils.htmlEscape(sample.cell(c))).append("</td>"));
        html.append("</tr></tbody></table>");
        preview.removeAll();
        preview.add(new Html("<div>" + html + "</div>"));
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        ListTemplateDraft draft = new ListTemplateDraft(numberingRow.getValue(), columns.stream()
                .map(c -> new TemplateColumnDraft(c.id, c.id == null ? c.standard : null, c.id == null ? c.type : null, c.title,
                        c.visible, Arrays.stream(c.options.split("\n")).toList()))
                .toList());
        if (ServiceCalls.run(this, fields, () -> show(agency), () -> templates.save(version, draft))) {
            load(templates.current());
            ServiceCalls.saved(this, "template.saved");
        }
    }

    private Sample sample() {
        List<AgencyProcess> processes = registry.list().stream().filter(p -> !p.excluded()).toList();
        AgencyProcess process = processes.isEmpty() ? null : processes.getFirst();
        ProcessGroup group = process == null ? null
                : groups.list().stream().filter(g -> g.id().equals(process.groupId())).findFirst().orElse(null);
        Touchpoint touchpoint = touchpoints.list().stream().filter(t -> !t.retired()).findFirst().orElse(null);
        List<String> needNames = needs.list().stream().filter(n -> !n.retired()).limit(2).map(ClientNeed::name).toList();
        return new Sample(group == null ? "1" : String.valueOf(group.number()),
                group == null ? getTranslation("template.sample.group") : group.titleForPrint(),
                process == null ? getTranslation("template.sample.process") : process.name(),
                touchpoint == null ? getTranslation("template.sample.touchpoint") : touchpoint.name(),
                needNames.isEmpty() ? getTranslation("template.sample.needs") : String.join("; ", needNames),
                getTranslation(touchpoint == null || touchpoint.kind() == ru.perechen.catalog.ChannelKind.DIGITAL
                        ? "template.sample.specifics.DIGITAL" : "template.sample.specifics.OFFLINE"),
                process == null || process.owners().isEmpty() ? "—" : process.owners().getFirst().name(),
                process == null || process.bases().isEmpty() ? "—" : process.bases().getFirst().title());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("template.title") + " — " + getTranslation("app.name");
    }

    /** One example row of the list, from the agency's own registry and catalogues where it has them. */
    private record Sample(String groupNumber, String group, String process, String touchpoint, String needs, String specifics,
                          String unit, String basis) {

        String cell(ColumnModel c) {
            if (c.standard != null) {
                return switch (c.standard) {
                    case GROUP_NUMBER -> groupNumber;
                    case GROUP_NAME -> group;
                    case PROCESS -> process;
                    case TOUCHPOINT -> touchpoint;
                    case NEEDS -> needs;
                    case SPECIFICS -> specifics;
                };
            }
            return switch (c.type) {
                case UNIT -> unit;
                case BASIS -> basis;
                case CHOICE -> c.options.lines().filter(l -> !l.isBlank()).findFirst().orElse("…");
                case TEXT -> "…";
            };
        }
    }

    /** The editor's working copy of a column. */
    private static final class ColumnModel {
        final UUID id;
        final StandardColumn standard;
        final CustomColumnType type;
        String title;
        boolean visible;
        String options;

        ColumnModel(UUID id, StandardColumn standard, CustomColumnType type, String title, boolean visible, String options) {
            this.id = id;
            this.standard = standard;
            this.type = type;
            this.title = title;
            this.visible = visible;
            this.options = options;
        }
    }
}
