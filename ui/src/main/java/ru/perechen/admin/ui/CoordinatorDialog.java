package ru.perechen.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import ru.perechen.admin.ProvisioningException;
import ru.perechen.admin.RegionCoordinator;
import ru.perechen.admin.RegionCoordinatorService;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.tenancy.RegionSummary;
import ru.perechen.uikit.FormDialog;

/**
 * «Назначить координатора» of one region: login, full name and e-mail; what the service refuses is shown at
 * its field, a refusal of Keycloak as a notification. A created account's one-time password is shown once.
 */
class CoordinatorDialog extends FormDialog {

    /** The form's values while they are typed. */
    static final class Draft {
        private String username = "";
        private String displayName = "";
        private String email = "";

        String getUsername() { return username; }
        void setUsername(String username) { this.username = username; }
        String getDisplayName() { return displayName; }
        void setDisplayName(String displayName) { this.displayName = displayName; }
        String getEmail() { return email; }
        void setEmail(String email) { this.email = email; }
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Binder<Draft> binder = new Binder<>();

    CoordinatorDialog(RegionSummary region, RegionCoordinatorService service, Runnable assigned) {
        setHeaderTitle(getTranslation("platform.coordinator.header", region.name()));
        setWidth("min(36rem, 95vw)");
        username.setLabel(getTranslation("platform.coordinator.username"));
        username.setHelperText(getTranslation("platform.coordinator.username-help"));
        username.setId("coordinator-username");
        displayName.setLabel(getTranslation("platform.coordinator.name"));
        displayName.setHelperText(getTranslation("platform.coordinator.name-help"));
        displayName.setId("coordinator-name");
        email.setLabel(getTranslation("platform.coordinator.email"));
        email.setHelperText(getTranslation("platform.coordinator.email-help"));
        email.setId("coordinator-email");
        binder.forField(username).asRequired(getTranslation("region.error.coordinator-username"))
                .bind(Draft::getUsername, Draft::setUsername);
        binder.forField(displayName).asRequired(getTranslation("region.error.coordinator-name"))
                .bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.forField(email).asRequired(getTranslation("region.error.coordinator-email")).bind(Draft::getEmail, Draft::setEmail);
        binder.setBean(new Draft());
        FormLayout form = new FormLayout(username, displayName, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph hint = new Paragraph(getTranslation("platform.coordinator.hint"));
        hint.addClassName("hint");
        Button save = new Button(getTranslation("platform.coordinator.save"), e -> save(region, service, assigned));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("coordinator-save");
        add(hint, form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(RegionSummary region, RegionCoordinatorService service, Runnable assigned) {
        if (!binder.validate().isOk()) {
            return;
        }
        Draft draft = binder.getBean();
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "email", email);
        RegionCoordinatorService.AssignedCoordinator[] done = new RegionCoordinatorService.AssignedCoordinator[1];
        boolean ok;
        try {
            ok = ServiceCalls.run(this, fields, () -> { }, () -> done[0] = service.assignCoordinator(region.code(), draft.getUsername(),
                    draft.getDisplayName(), draft.getEmail()));
        } catch (ProvisioningException failed) {
            ServiceCalls.error(getTranslation(failed.messageKey(), failed.arguments()));
            return;
        }
        if (ok) {
            close();
            ServiceCalls.saved(this, "platform.coordinator.assigned", done[0].coordinator().displayName(), region.name());
            assigned.run();
            if (done[0].temporaryPassword() != null) {
                showPassword(done[0]);
            }
        }
    }

    private void showPassword(RegionCoordinatorService.AssignedCoordinator done) {
        Dialog dialog = new FormDialog(getTranslation("platform.coordinator.created", done.coordinator().displayName()));
        dialog.setWidth("min(36rem, 95vw)");
        Span login = new Span(done.coordinator().username());
        login.setId("coordinator-created-username");
        Span password = new Span(done.temporaryPassword());
        password.setId("coordinator-temporary-password");
        password.addClassName("secret");
        Div credentials = new Div(new Paragraph(new Span(getTranslation("platform.created.username") + " "), login),
                new Paragraph(new Span(getTranslation("platform.created.password") + " "), password));
        credentials.addClassName("card");
        Paragraph hint = new Paragraph(getTranslation("platform.coordinator.created-hint"));
        hint.addClassName("hint");
        Button ok = new Button(getTranslation("platform.created.done"), e -> dialog.close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("coordinator-created-done");
        dialog.add(credentials, hint);
        dialog.getFooter().add(ok);
        dialog.open();
    }

    /** «Снять» asks first; the assignment stays in the history, dated. */
    static void confirmRevoke(com.vaadin.flow.component.Component owner, RegionCoordinator coordinator, RegionCoordinatorService service,
                              Runnable revoked) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(owner.getTranslation("platform.coordinator.revoke.header", coordinator.displayName()));
        confirm.setText(owner.getTranslation("platform.coordinator.revoke.confirm", coordinator.username(), coordinator.regionCode()));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("action.cancel"));
        confirm.setConfirmText(owner.getTranslation("platform.coordinator.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                if (ServiceCalls.run(owner, Map.of(), () -> { }, () -> {
                    service.revokeCoordinator(coordinator.id());
                    return null;
                })) {
                    ServiceCalls.saved(owner, "platform.coordinator.revoked", coordinator.displayName());
                }
            } catch (ProvisioningException failed) {
                ServiceCalls.error(owner.getTranslation(failed.messageKey(), failed.arguments()));
            }
            revoked.run();
        });
        confirm.setId("coordinator-revoke-confirm");
        confirm.open();
    }
}
