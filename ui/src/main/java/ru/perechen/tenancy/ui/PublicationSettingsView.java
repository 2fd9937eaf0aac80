package ru.perechen.tenancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import ru.perechen.tenancy.AgencySummary;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.PublicationSettings;
import ru.perechen.tenancy.PublicationSettingsService;
import ru.perechen.uikit.PageHeader;

/** Размещение на официальном сайте: the «Документы» section, the deadline, and what the public page shows. */
@Route("agency/:agency/publication")
@RolesAllowed("TENANT_ADMIN")
class PublicationSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AgencyRouteGuard routes;
    private final PublicationSettingsService settings;
    private final TextField site = new TextField();
    private final TextField documents = new TextField();
    private final IntegerField deadline = new IntegerField();
    private final Checkbox hideInternal = new Checkbox();
    private PublicationSettings current;

    PublicationSettingsView(AgencyRouteGuard routes, PublicationSettingsService settings) {
        this.routes = routes;
        this.settings = settings;
        addClassName("page");
        site.setLabel(getTranslation("agency.field.site"));
        site.setReadOnly(true);
        site.setHelperText(getTranslation("publication.site.help"));
        documents.setLabel(getTranslation("agency.field.documents"));
        documents.setId("documents-url");
        documents.setHelperText(getTranslation("publication.documents.help"));
        documents.setPlaceholder("https://…");
        deadline.setLabel(getTranslation("profile.field.deadline"));
        deadline.setId("deadline");
        deadline.setHelperText(getTranslation("profile.deadline.help"));
        deadline.setStepButtonsVisible(true);
        deadline.setMin(1);
        deadline.setMax(PublicationSettingsService.MAX_DEADLINE);
        deadline.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("validation.whole-number")));
        hideInternal.setLabel(getTranslation("publication.hide-internal"));
        hideInternal.setHelperText(getTranslation("publication.hide-internal.help"));
        hideInternal.setId("hide-internal");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        routes.ownAgency(event).ifPresent(this::show);
    }

    private void show(AgencySummary agency) {
        removeAll();
        load(settings.current());
        FormLayout form = new FormLayout(site, documents, deadline, hideInternal);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(hideInternal, 2);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-publication");
        Button reset = new Button(getTranslation("action.reset"), e -> load(settings.current()));
        add(new PageHeader(getTranslation("publication.title"), agency.shortName()),
                new Paragraph(getTranslation("publication.intro")), form, new HorizontalLayout(save, reset));
    }

    private void load(PublicationSettings loaded) {
        current = loaded;
        site.setValue(loaded.officialSiteUrl() == null ? "" : loaded.officialSiteUrl());
        documents.setValue(loaded.documentsSectionUrl() == null ? "" : loaded.documentsSectionUrl());
        deadline.setValue(loaded.publicationDeadlineWorkDays());
        hideInternal.setValue(loaded.hideInternalGroups());
        documents.setInvalid(false);
        deadline.setInvalid(false);
    }

    private void save() {
        documents.setInvalid(false);
        deadline.setInvalid(false);
        if (deadline.getValue() == null || deadline.isInvalid()) {
            deadline.setErrorMessage(getTranslation("publication.error.deadline"));
            deadline.setInvalid(true);
            return;
        }
        try {
            load(settings.update(new PublicationSettings(current.officialSiteUrl(), documents.getValue(), deadline.getValue(),
                    hideInternal.getValue(), current.version(), current.updatedAt())));
            Notification.show(getTranslation("publication.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidSettingException problem) {
            var field = problem.field().equals("documentsSectionUrl") ? documents : deadline;
            field.setErrorMessage(getTranslation(problem.messageKey()));
            field.setInvalid(true);
        } catch (OptimisticLockingFailureException stale) {
            Notification.show(getTranslation("error.stale"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.title") + " — " + getTranslation("app.name");
    }
}
