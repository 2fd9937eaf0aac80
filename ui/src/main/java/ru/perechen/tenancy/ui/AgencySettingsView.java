package ru.perechen.tenancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import ru.perechen.tenancy.AgencyProfile;
import ru.perechen.tenancy.AgencyProfileService;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.uikit.PageHeader;

/** The tenant admin edits the agency's profile: contacts and the responsible deputy (publication settings have their own page). */
@Route("agency/:agency/settings")
@RolesAllowed("TENANT_ADMIN")
class AgencySettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final AgencyProfileService profiles;
    private final Binder<ProfileForm> binder = new Binder<>(ProfileForm.class);
    private final TextField ccDeputy = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField address = new TextField();
    private ProfileForm form;
    private Notification problem;

    AgencySettingsView(AgencyRouteGuard routes, AgencyProfileService profiles) {
        this.routes = routes;
        this.profiles = profiles;
        addClassName("page");
        ccDeputy.setLabel(getTranslation("profile.field.cc-deputy"));
        ccDeputy.setId("cc-deputy");
        email.setLabel(getTranslation("profile.field.email"));
        email.setId("contact-email");
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("validation.email"))
                .setMaxLengthErrorMessage(getTranslation("validation.max-length", 254)));
        phone.setLabel(getTranslation("profile.field.phone"));
        address.setLabel(getTranslation("profile.field.address"));
        bindFields();
    }

    private void bindFields() {
        binder.forField(ccDeputy).withValidator(new StringLengthValidator(getTranslation("validation.max-length", 200), 0, 200))
                .bind(ProfileForm::getCcDeputyName, ProfileForm::setCcDeputyName);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind(ProfileForm::getContactEmail, ProfileForm::setContactEmail);
        binder.forField(phone).withValidator(new StringLengthValidator(getTranslation("validation.max-length", 40), 0, 40))
                .bind(ProfileForm::getContactPhone, ProfileForm::setContactPhone);
        binder.forField(address).withValidator(new StringLengthValidator(getTranslation("validation.max-length", 500), 0, 500))
                .bind(ProfileForm::getPostalAddress, ProfileForm::setPostalAddress);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary agency) {
        removeAll();
        form = ProfileForm.of(profiles.current());
        binder.readBean(form);
        FormLayout layout = new FormLayout(ccDeputy, email, phone, address);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        layout.setColspan(ccDeputy, 2);
        layout.setColspan(address, 2);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        Button reset = new Button(getTranslation("action.reset"), e -> binder.readBean(form));
        add(new PageHeader(getTranslation("settings.title"), agency.shortName()), layout, new HorizontalLayout(save, reset));
    }

    private void save() {
        closeProblem();
        if (!binder.writeBeanIfValid(form)) {
            showProblem(getTranslation("validation.fix-errors"));
            return;
        }
        try {
            form = ProfileForm.of(profiles.update(form.toProfile()));
            binder.readBean(form);
            Notification.show(getTranslation("settings.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (OptimisticLockingFailureException e) {
            showProblem(getTranslation("error.stale"));
        }
    }

    private void showProblem(String text) {
        problem = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        problem.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void closeProblem() {
        if (problem != null) {
            problem.close();
            problem = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " — " + getTranslation("app.name");
    }

    /** The form's editable copy of the profile. */
    static class ProfileForm {
        private String ccDeputyName;
        private String contactEmail;
        private String contactPhone;
        private String postalAddress;
        private Integer deadline;
        private long version;

        static ProfileForm of(AgencyProfile p) {
            ProfileForm f = new ProfileForm();
            f.ccDeputyName = nz(p.ccDeputyName());
            f.contactEmail = nz(p.contactEmail());
            f.contactPhone = nz(p.contactPhone());
            f.postalAddress = nz(p.postalAddress());
            f.deadline = p.publicationDeadlineWorkDays();
            f.version = p.version();
            return f;
        }

        AgencyProfile toProfile() {
            return new AgencyProfile(contactEmail, contactPhone, postalAddress, ccDeputyName, deadline, version, null);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        String getCcDeputyName() { return ccDeputyName; }
        void setCcDeputyName(String v) { ccDeputyName = v; }
        String getContactEmail() { return contactEmail; }
        void setContactEmail(String v) { contactEmail = v; }
        String getContactPhone() { return contactPhone; }
        void setContactPhone(String v) { contactPhone = v; }
        String getPostalAddress() { return postalAddress; }
        void setPostalAddress(String v) { postalAddress = v; }
        Integer getDeadline() { return deadline; }
        void setDeadline(Integer v) { deadline = v; }
    }
}
