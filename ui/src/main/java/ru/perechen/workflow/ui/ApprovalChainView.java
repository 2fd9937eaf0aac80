package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.perechen.tenancy.Access;
import ru.perechen.workflow.ApprovalChain;
import ru.perechen.workflow.ApprovalChainDraft;
import ru.perechen.workflow.ApprovalChainService;
import ru.perechen.workflow.ApprovalStep;
import ru.perechen.workflow.ApprovalStepDraft;
import ru.perechen.workflow.ApproverRule;
import ru.perechen.workflow.ChainConflictException;
import ru.perechen.workflow.ChainWarning;
import ru.perechen.audit.AuditLog;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.catalog.StaffDirectory;
import ru.perechen.catalog.StaffMember;
import ru.perechen.tenancy.AgencyProfileService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.ui.AgencyRouteGuard;
import ru.perechen.uikit.Formats;
import ru.perechen.uikit.PageHeader;

/**
 * Порядок согласования: the tenant admin sets the steps a change request passes, sees at once which
 * processes a step would leave without an approver, and saves a new revision. The responsible deputy
 * reads it.
 */
@Route("agency/:agency/approval-chain")
@RolesAllowed({"TENANT_ADMIN", "CC_DEPUTY"})
class ApprovalChainView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final AgencyRouteGuard routes;
    private final ApprovalChainService chains;
    private final StaffDirectory staff;
    private final AgencyProfileService profiles;

    private final List<StepModel> steps = new ArrayList<>();
    private final Div stepList = new Div();
    private final Checkbox actRequired = new Checkbox();
    private final Checkbox noteRequired = new Checkbox();
    private final OrderedList route = new OrderedList();
    private final Div findings = new Div();
    private final Span status = new Span();
    private final Grid<ApprovalChain> history = new Grid<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private List<StaffMember> people = List.of();
    private Integer baseRevision;
    private boolean editable;
    private String agencySlug;

    ApprovalChainView(AgencyRouteGuard routes, ApprovalChainService chains, StaffDirectory staff, AgencyProfileService profiles) {
        this.routes = routes;
        this.chains = chains;
        this.staff = staff;
        this.profiles = profiles;
        addClassName("page");
        stepList.setId("chain-steps");
        stepList.addClassName("chain-steps");
        actRequired.setLabel(getTranslation("approval.field.act-required"));
        actRequired.setHelperText(getTranslation("approval.field.act-required.help"));
        actRequired.setId("act-required");
        noteRequired.setLabel(getTranslation("approval.field.note-required"));
        noteRequired.setHelperText(getTranslation("approval.field.note-required.help"));
        noteRequired.setId("note-required");
        actRequired.addValueChangeListener(e -> refreshRoute());
        route.setId("chain-route");
        route.addClassName("chain-route");
        findings.setId("chain-findings");
        status.setId("chain-status");
        status.addClassName("page-subtitle");
        history.setId("chain-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(ApprovalChain::revision).setHeader(getTranslation("approval.history.revision")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(c -> Formats.dateTime(c.createdAt(), ZONE)).setHeader(getTranslation("approval.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> actor(c.createdBy())).setHeader(getTranslation("approval.history.who"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(this::summary).setHeader(getTranslation("approval.history.steps")).setFlexGrow(1);
        history.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary agency) {
        removeAll();
        agencySlug = agency.slug();
        editable = Access.ADMINISTRATION.isGranted();
        people = staff.list();
        load(chains.current());
        int deadline = profiles.current().publicationDeadlineWorkDays();
        Paragraph publication = new Paragraph(getTranslation("approval.publication", deadline));
        publication.setId("chain-publication");
        publication.addClassName("hint");

        VerticalLayout editor = new VerticalLayout(new H2(getTranslation("approval.steps")), stepList);
        editor.setPadding(false);
        if (editable) {
            Button addStep = new Button(getTranslation("approval.action.add-step"), VaadinIcon.PLUS.create(), e -> {
                steps.add(new StepModel(null, null, null, 3, null));
                renderSteps();
            });
            addStep.setId("add-step");
            editor.add(addStep);
        }
        editor.add(actRequired, noteRequired, publication);
        actRequired.setReadOnly(!editable);
        noteRequired.setReadOnly(!editable);

        Div side = new Div(new H2(getTranslation("approval.route")), route, new H2(getTranslation("approval.findings")), findings);
        side.addClassNames("card", "chain-side");
        HorizontalLayout body = new HorizontalLayout(editor, side);
        body.setWidthFull();
        body.addClassName("chain-body");
        body.setFlexGrow(2, editor);
        body.setFlexGrow(1, side);
        body.setAlignItems(FlexComponent.Alignment.START);

        add(new PageHeader(getTranslation("approval.title"), agency.shortName()), status,
                new Paragraph(getTranslation("approval.intro")), body);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-chain");
            Button reset = new Button(getTranslation("action.reset"), e -> show(agency));
            reset.setId("reset-chain");
            add(new HorizontalLayout(save, reset));
        }
        add(new H2(getTranslation("approval.history")), history);
        history.setItems(chains.history());
    }

    private void load(Optional<ApprovalChain> current) {
        steps.clear();
        current.ifPresentOrElse(c -> {
            c.steps().forEach(s -> steps.add(StepModel.of(s)));
            actRequired.setValue(c.actRequired());
            noteRequired.setValue(c.noteRequired());
            baseRevision = c.revision();
            status.setText(getTranslation("approval.status.current", c.revision(), Formats.dateTime(c.createdAt(), ZONE),
                    actor(c.createdBy())));
        }, () -> {
            actRequired.setValue(true);
            noteRequired.setValue(true);
            baseRevision = null;
            status.setText(getTranslation("approval.status.none"));
        });
        renderSteps();
    }

    private void renderSteps() {
        stepList.removeAll();
        fields.clear();
        if (steps.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("approval.no-steps"));
            empty.addClassName("hint");
            stepList.add(empty);
        }
        for (int i = 0; i < steps.size(); i++) {
            stepList.add(stepEditor(i));
        }
        refreshRoute();
    }

    private Component stepEditor(int index) {
        StepModel model = steps.get(index);
        int position = index + 1;
        String prefix = "step-" + position + "-";
        Span number = new Span(String.valueOf(position));
        number.addClassName("step-number");

        Select<ApproverRule> rule = new Select<>();
        rule.setLabel(getTranslation("approval.field.rule"));
        rule.setItems(ApproverRule.values());
        rule.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        rule.setId(prefix + "rule");

        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("approval.field.role"));
        role.setItems(ApprovalChainService.APPROVER_ROLES);
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setId(prefix + "role");

        ComboBox<StaffMember> person = new ComboBox<>(getTranslation("approval.field.person"));
        person.setItems(people);
        person.setItemLabelGenerator(StaffMember::displayName);
        person.setId(prefix + "person");

        IntegerField due = new IntegerField(getTranslation("approval.field.due"));
        due.setMin(1);
        due.setMax(ApprovalChainService.MAX_DUE_WORK_DAYS);
        due.setStepButtonsVisible(true);
        due.setId(prefix + "due");
        due.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("validation.whole-number")));

        TextField title = new TextField(getTranslation("approval.field.title"));
        title.setPlaceholder(getTranslation("approval.field.title.placeholder"));
        title.setId(prefix + "title");

        rule.setValue(model.rule);
        role.setValue(model.role);
        person.setValue(people.stream().filter(p -> p.id().equals(model.personId)).findFirst().orElse(null));
        due.setValue(model.due);
        title.setValue(model.title == null ? "" : model.title);
        role.setVisible(model.rule == ApproverRule.ROLE);
        person.setVisible(model.rule == ApproverRule.PERSON);

        rule.addValueChangeListener(e -> {
            model.rule = e.getValue();
            role.setVisible(model.rule == ApproverRule.ROLE);
            person.setVisible(model.rule == ApproverRule.PERSON);
            refreshRoute();
        });
        role.addValueChangeListener(e -> {
            model.role = e.getValue();
            refreshRoute();
        });
        person.addValueChangeListener(e -> {
            model.personId = e.getValue() == null ? null : e.getValue().id();
            refreshRoute();
        });
        due.addValueChangeListener(e -> model.due = e.getValue());
        title.addValueChangeListener(e -> {
            model.title = e.getValue();
            refreshRoute();
        });
        fields.put("steps." + position + ".rule", rule);
        fields.put("steps." + position + ".role", role);
        fields.put("steps." + position + ".person", person);
        fields.put("steps." + position + ".due", due);
        fields.put("steps." + position + ".title", title);
        for (Component c : List.of(rule, role, person, due, title)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(!editable);
        }

        FormLayout inputs = new FormLayout(rule, role, person, due, title);
        inputs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        inputs.setColspan(rule, 2);
        Span heading = new Span(getTranslation("approval.step", position));
        heading.addClassName("step-heading");
        HorizontalLayout header = new HorizontalLayout(number, heading);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setFlexGrow(1, heading);
        if (editable) {
            Button up = iconButton(VaadinIcon.ARROW_UP, "approval.action.up", position, () -> move(index, -1));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "approval.action.down", position, () -> move(index, 1));
            down.setEnabled(index < steps.size() - 1);
            Button remove = iconButton(VaadinIcon.TRASH, "approval.action.remove", position, () -> {
                steps.remove(index);
                renderSteps();
            });
            remove.setId(prefix + "remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            header.add(up, down, remove);
        }
        VerticalLayout row = new VerticalLayout(header, inputs);
        row.setPadding(false);
        row.setSpacing(false);
        row.addClassName("chain-step");
        row.setId(prefix + "editor");
        return row;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, int position, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey, position));
        return button;
    }

    private void move(int index, int by) {
        StepModel moved = steps.remove(index);
        steps.add(index + by, moved);
        renderSteps();
    }

    /** The route as a person reads it, and what the chain would do wrong for today's processes. */
    private void refreshRoute() {
        route.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            StepModel s = steps.get(i);
            route.add(new ListItem(describe(s.rule, s.role, people.stream().filter(p -> p.id().equals(s.personId))
                    .map(StaffMember::displayName).findFirst().orElse(null), s.title)));
        }
        if (Boolean.TRUE.equals(actRequired.getValue())) {
            ListItem act = new ListItem(getTranslation("approval.route.act"));
            act.addClassName("route-act");
            route.add(act);
        }
        findings.removeAll();
        List<ChainWarning> warnings = chains.warnings(draft());
        if (steps.isEmpty()) {
            findings.add(finding("error", getTranslation("approval.error.no-steps")));
        } else if (warnings.isEmpty()) {
            findings.add(finding("success", getTranslation("approval.findings.none")));
        }
        warnings.forEach(w -> findings.add(finding("warning", warningText(w))));
    }

    private Component finding(String theme, String text) {
        Div div = new Div(new Span(text));
        div.addClassNames("finding", "finding-" + theme);
        return div;
    }

    private String warningText(ChainWarning w) {
        String processes = w.processes().stream().map(p -> "«" + p + "»").collect(Collectors.joining(", "));
        return switch (w.kind()) {
            case NOBODY -> getTranslation(w.kind().messageKey(), w.steps().getFirst(), processes);
            case SAME_PERSON -> getTranslation(w.kind().messageKey(), w.person(), w.steps().get(0), w.steps().get(1), processes);
            case INITIATOR_ONLY -> getTranslation(w.kind().messageKey(), w.person(), w.steps().getFirst(), processes);
        };
    }

    private String describe(ApproverRule rule, Role role, String person, String title) {
        String who = rule == null ? getTranslation("approval.route.unset")
                : switch (rule) {
                    case ROLE -> role == null ? getTranslation("approval.route.unset")
                            : getTranslation("approval.route.role", getTranslation(role.messageKey()));
                    case PERSON -> person == null ? getTranslation("approval.route.unset") : person;
                    default -> getTranslation(rule.messageKey());
                };
        return title == null || title.isBlank() ? who : title.strip() + " — " + who;
    }

    private String summary(ApprovalChain chain) {
        String path = chain.steps().stream().map(s -> describe(s.rule(), s.role(),
                s.person() == null ? null : s.person().displayName(), null)).collect(Collectors.joining(" → "));
        return chain.actRequired() ? path + " → " + getTranslation("approval.route.act") : path;
    }

    private ApprovalChainDraft draft() {
        return new ApprovalChainDraft(steps.stream().map(s -> new ApprovalStepDraft(s.title, s.rule, s.role, s.personId,
                s.due == null ? 0 : s.due)).toList(), actRequired.getValue(), noteRequired.getValue());
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        ApprovalChainDraft draft = draft();
        List<ChainWarning> warnings;
        try {
            chains.check(draft);
            warnings = chains.warnings(draft);
        } catch (InvalidConfigurationException problem) {
            showProblem(problem);
            return;
        }
        if (warnings.isEmpty()) {
            store(draft);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("approval.confirm.header"));
        UnorderedList list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(warningText(w))));
        confirm.setText(new Div(new Paragraph(getTranslation("approval.confirm.text")), list));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("approval.confirm.save"));
        confirm.addConfirmListener(e -> store(draft));
        confirm.setId("confirm-warnings");
        confirm.open();
    }

    private void store(ApprovalChainDraft draft) {
        try {
            ApprovalChain saved = chains.save(baseRevision, draft);
            load(Optional.of(saved));
            history.setItems(chains.history());
            Notification.show(getTranslation("approval.saved", saved.revision()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidConfigurationException problem) {
            showProblem(problem);
        } catch (ChainConflictException conflict) {
            Notification n = Notification.show(getTranslation("approval.error.conflict", conflict.revision(),
                    actor(conflict.savedBy()), Formats.dateTime(conflict.savedAt(), ZONE)),
                    10000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.setId("chain-conflict");
        }
    }

    private void showProblem(InvalidConfigurationException problem) {
        String text = getTranslation(problem.messageKey(), problem.arguments());
        HasValidation field = fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String actor(String name) {
        return AuditLog.SYSTEM.equals(name) ? getTranslation("audit.system") : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.title") + " — " + getTranslation("app.name");
    }

    /** The editor's working copy of a step. */
    private static final class StepModel {
        ApproverRule rule;
        Role role;
        UUID personId;
        Integer due;
        String title;

        StepModel(ApproverRule rule, Role role, UUID personId, Integer due, String title) {
            this.rule = rule;
            this.role = role;
            this.personId = personId;
            this.due = due;
            this.title = title;
        }

        static StepModel of(ApprovalStep s) {
            return new StepModel(s.rule(), s.role(), s.person() == null ? null : s.person().id(), s.dueWorkDays(), s.title());
        }
    }
}
