package ru.perechen.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import ru.perechen.admin.AgencyPreset;
import ru.perechen.admin.PlatformAdminService;
import ru.perechen.admin.ProvisioningException;
import ru.perechen.tenancy.AgencyDirectory;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.AgencyType;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.uikit.FormDialog;
import ru.perechen.uikit.PageHeader;

/**
 * The platform admin's page: every region and agency; new regions, new agencies from a preset with
 * their first tenant admin, and deactivation.
 */
@Route("platform")
@RolesAllowed("PLATFORM_ADMIN")
class PlatformView extends VerticalLayout implements HasDynamicTitle {

    private final AgencyDirectory directory;
    private final PlatformAdminService admin;
    private final Grid<RegionSummary> regionGrid = new Grid<>();
    private final Grid<AgencySummary> agencyGrid = new Grid<>();
    private final Div headerHolder = new Div();

    PlatformView(AgencyDirectory directory, PlatformAdminService admin) {
        this.directory = directory;
        this.admin = admin;
        addClassName("page");
        regionGrid.setId("regions");
        regionGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        regionGrid.addColumn(RegionSummary::code).setHeader(getTranslation("region.field.code")).setAutoWidth(true).setFlexGrow(0);
        regionGrid.addColumn(RegionSummary::name).setHeader(getTranslation("region.field.name")).setFlexGrow(1);
        regionGrid.addColumn(RegionSummary::agencyCount).setHeader(getTranslation("region.field.agencies")).setAutoWidth(true).setFlexGrow(0);
        regionGrid.setAllRowsVisible(true);
        regionGrid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("region/" + e.getItem().code())));

        agencyGrid.setId("agencies");
        agencyGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        agencyGrid.addColumn(AgencySummary::shortName).setHeader(getTranslation("agency.field.short-name"))
                .setWidth("12em").setFlexGrow(0);
        agencyGrid.addColumn(AgencySummary::fullName).setHeader(getTranslation("agency.field.full-name")).setFlexGrow(1);
        agencyGrid.addColumn(a -> getTranslation(a.type().messageKey())).setHeader(getTranslation("agency.field.type")).setAutoWidth(true)
                .setFlexGrow(0);
        agencyGrid.addColumn(AgencySummary::regionName).setHeader(getTranslation("agency.field.region")).setWidth("11em")
                .setFlexGrow(0);
        agencyGrid.addColumn(AgencySummary::slug).setHeader(getTranslation("agency.field.slug")).setAutoWidth(true);
        agencyGrid.addComponentColumn(this::status).setHeader(getTranslation("catalog.column.status")).setAutoWidth(true).setFlexGrow(0);
        agencyGrid.addComponentColumn(this::activation).setHeader(getTranslation("catalog.column.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        agencyGrid.setAllRowsVisible(true);

        Button addRegion = new Button(getTranslation("platform.action.add-region"), VaadinIcon.PLUS.create(), e -> regionDialog());
        addRegion.setId("add-region");
        Button addAgency = new Button(getTranslation("platform.action.add-agency"), VaadinIcon.PLUS.create(), e -> agencyDialog());
        addAgency.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAgency.setId("add-agency");
        var rollup = new com.vaadin.flow.router.RouterLink(getTranslation("platform.action.region-rollup"), PlatformRegionsView.class);
        rollup.setId("region-rollup");
        add(headerHolder, new H2(getTranslation("platform.regions")), new HorizontalLayout(addRegion, rollup), regionGrid,
                new H2(getTranslation("platform.agencies")), addAgency, agencyGrid);
        refresh();
    }

    private void refresh() {
        var regions = directory.regions();
        var agencies = directory.allAgencies();
        regionGrid.setItems(regions);
        agencyGrid.setItems(agencies);
        headerHolder.removeAll();
        headerHolder.add(new PageHeader(getTranslation("platform.title"),
                getTranslation("platform.subtitle", regions.size(), agencies.size())));
    }

    private Component status(AgencySummary agency) {
        Span badge = new Span(getTranslation(agency.active() ? "platform.status.active" : "platform.status.inactive"));
        badge.getElement().getThemeList().add(agency.active() ? "badge success" : "badge error");
        return badge;
    }

    private Component activation(AgencySummary agency) {
        Button button = new Button(getTranslation(agency.active() ? "platform.action.deactivate" : "platform.action.activate"),
                e -> confirmActivation(agency));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, agency.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        button.getElement().setAttribute("data-action", agency.active() ? "deactivate" : "activate");
        button.setAriaLabel(button.getText() + ": " + agency.shortName());
        return button;
    }

    private void confirmActivation(AgencySummary agency) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(agency.active() ? "platform.deactivate.header" : "platform.activate.header", agency.shortName()));
        confirm.setText(getTranslation(agency.active() ? "platform.deactivate.text" : "platform.activate.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        Button ok = new Button(getTranslation(agency.active() ? "platform.action.deactivate" : "platform.action.activate"));
        ok.setId("confirm-activation");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (agency.active()) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        ok.addClickListener(e -> {
            confirm.close();
            try {
                admin.setActive(agency.id(), !agency.active());
                success(getTranslation(agency.active() ? "platform.deactivated" : "platform.activated", agency.shortName()));
            } catch (ProvisioningException failed) {
                error(getTranslation(failed.messageKey(), failed.arguments()));
            }
            refresh();
        });
        confirm.setConfirmButton(ok);
        confirm.open();
    }

    private void regionDialog() {
        Dialog dialog = new FormDialog(getTranslation("platform.region.header"));
        TextField code = new TextField(getTranslation("region.field.code"));
        code.setId("region-code");
        code.setHelperText(getTranslation("platform.region.code-help"));
        TextField name = new TextField(getTranslation("region.field.name"));
        name.setId("region-name");
        name.setWidth("24em");
        Map<String, HasValidation> fields = Map.of("code", code, "name", name);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (call(fields, () -> admin.createRegion(code.getValue(), name.getValue()))) {
                dialog.close();
                success(getTranslation("platform.region.saved", name.getValue().strip()));
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("region-save");
        dialog.add(new VerticalLayout(code, name));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void agencyDialog() {
        Dialog dialog = new FormDialog(getTranslation("platform.agency.header"));
        dialog.setWidth("min(60rem, 95vw)");
        Select<RegionSummary> region = new Select<>();
        region.setLabel(getTranslation("agency.field.region"));
        region.setItems(directory.regions());
        region.setItemLabelGenerator(r -> r.code() + " — " + r.name());
        region.setId("agency-region");
        Select<AgencyPreset> preset = new Select<>();
        preset.setLabel(getTranslation("platform.agency.preset"));
        preset.setItems(AgencyPreset.values());
        preset.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        preset.setValue(AgencyPreset.METHODOLOGY);
        preset.setId("agency-preset");
        preset.setHelperText(getTranslation("platform.agency.preset-help"));
        Select<AgencyType> type = new Select<>();
        type.setLabel(getTranslation("agency.field.type"));
        type.setItems(AgencyType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setId("agency-type");
        TextField fullName = field("agency.field.full-name", "agency-full-name");
        TextField shortName = field("agency.field.short-name", "agency-short-name");
        TextField slug = field("agency.field.slug", "agency-slug");
        slug.setHelperText(getTranslation("platform.agency.slug-help"));
        TextField site = field("agency.field.site", "agency-site");
        site.setPlaceholder("https://…");
        TextField documents = field("agency.field.documents", "agency-documents");
        documents.setPlaceholder("https://…");
        TextField username = field("platform.agency.admin-username", "admin-username");
        EmailField email = new EmailField(getTranslation("platform.agency.admin-email"));
        email.setId("admin-email");
        TextField firstName = field("platform.agency.admin-first-name", "admin-first-name");
        TextField lastName = field("platform.agency.admin-last-name", "admin-last-name");

        FormLayout form = new FormLayout(region, preset, type, shortName, fullName, slug, site, documents);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(fullName, 2);
        FormLayout adminForm = new FormLayout(username, email, lastName, firstName);
        adminForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Paragraph adminHint = new Paragraph(getTranslation("platform.agency.admin-hint"));
        adminHint.addClassName("hint");

        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("region", region);
        fields.put("preset", preset);
        fields.put("type", type);
        fields.put("fullName", fullName);
        fields.put("shortName", shortName);
        fields.put("slug", slug);
        fields.put("officialSiteUrl", site);
        fields.put("documentsSectionUrl", documents);
        fields.put("adminUsername", username);
        fields.put("adminEmail", email);
        fields.put("adminFirstName", firstName);
        fields.put("adminLastName", lastName);
        PlatformAdminService.CreatedAgency[] created = new PlatformAdminService.CreatedAgency[1];
        Button save = new Button(getTranslation("platform.agency.create"), e -> {
            if (call(fields, () -> created[0] = admin.createAgency(new PlatformAdminService.NewAgencyRequest(
                    region.getValue() == null ? null : region.getValue().id(), slug.getValue(), fullName.getValue(),
                    shortName.getValue(), type.getValue(), site.getValue(), documents.getValue(), preset.getValue(),
                    username.getValue(), email.getValue(), firstName.getValue(), lastName.getValue())))) {
                dialog.close();
                refresh();
                showCreated(created[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("agency-save");
        dialog.add(form, new H3(getTranslation("platform.agency.first-admin")), adminHint, adminForm);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showCreated(PlatformAdminService.CreatedAgency created) {
        Dialog dialog = new FormDialog(getTranslation("platform.created.header", created.agency().shortName()));
        dialog.setWidth("min(40rem, 95vw)");
        Span login = new Span(created.adminUsername());
        login.setId("created-username");
        Span password = new Span(created.temporaryPassword());
        password.setId("temporary-password");
        password.addClassName("secret");
        Div credentials = new Div(new Paragraph(new Span(getTranslation("platform.created.username") + " "), login),
                new Paragraph(new Span(getTranslation("platform.created.password") + " "), password));
        credentials.addClassName("card");
        Paragraph hint = new Paragraph(getTranslation("platform.created.hint"));
        hint.addClassName("hint");
        Button done = new Button(getTranslation("platform.created.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("created-done");
        dialog.add(new VerticalLayout(credentials, hint));
        dialog.getFooter().add(done);
        dialog.open();
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    /** Runs one action; a refused field shows its message, a refusal of Keycloak a notification. */
    private boolean call(Map<String, HasValidation> fields, Runnable action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            return true;
        } catch (InvalidSettingException refused) {
            HasValidation field = fields.get(refused.field());
            String text = getTranslation(refused.messageKey());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                error(text);
            }
        } catch (ProvisioningException failed) {
            error(getTranslation(failed.messageKey(), failed.arguments()));
        }
        return false;
    }

    private static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String text) {
        Notification.show(text, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.title") + " — " + getTranslation("app.name");
    }
}
