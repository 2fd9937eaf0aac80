package ru.perechen.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import ru.perechen.catalog.InvalidConfigurationException;

/**
 * Runs one user action against a service and turns what the service refuses into what a person
 * should see: the field's own error text, or a notification. Nothing is stored on refusal.
 */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /** @return true when the action was done */
    public static boolean run(Component context, Map<String, HasValidation> fields, Runnable refresh, Supplier<?> action) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.get();
            return true;
        } catch (InvalidConfigurationException problem) {
            show(fields, problem.field(), context.getTranslation(problem.messageKey(), problem.arguments()));
        } catch (ru.perechen.tenancy.InvalidSettingException problem) {
            show(fields, problem.field(), context.getTranslation(problem.messageKey(), problem.arguments()));
        } catch (OptimisticLockingFailureException stale) {
            error(context.getTranslation("error.stale-catalog"));
            refresh.run();
        }
        return false;
    }

    /** The refusal next to its field, or as a notification when the form has no such field. */
    private static void show(Map<String, HasValidation> fields, String fieldName, String text) {
        HasValidation field = fields.get(fieldName);
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        } else {
            error(text);
        }
    }

    public static void saved(Component context, String messageKey, Object... args) {
        Notification.show(context.getTranslation(messageKey, args), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
