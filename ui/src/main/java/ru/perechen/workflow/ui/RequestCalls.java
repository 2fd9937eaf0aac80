package ru.perechen.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import ru.perechen.register.ListConflictException;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.catalog.ui.ServiceCalls;
import ru.perechen.workflow.InvalidTransitionException;

/**
 * Runs one action on a change request and shows what was refused: a field's error, the reason the
 * request's state does not allow it, or the rows that conflict with the current list.
 */
final class RequestCalls {

    private RequestCalls() {
    }

    /** @return true when the action was done */
    static boolean run(Component context, Map<String, HasValidation> fields, Runnable refresh, Supplier<?> action) {
        try {
            return ServiceCalls.run(context, fields, refresh, action);
        } catch (InvalidTransitionException refused) {
            Object[] args = java.util.Arrays.stream(refused.arguments())
                    .map(a -> a instanceof ru.perechen.workflow.ChangeStatus status ? context.getTranslation(status.messageKey()) : a)
                    .toArray();
            ServiceCalls.error(context.getTranslation(refused.messageKey(), args));
            refresh.run();
        } catch (ListConflictException conflict) {
            String rows = conflict.conflicts().stream()
                    .map(c -> c.changedIn() == null ? context.getTranslation("request.conflict.duplicate", c.description())
                            : context.getTranslation("request.conflict.changed", c.description(), c.changedIn()))
                    .collect(Collectors.joining("; "));
            ServiceCalls.error(context.getTranslation("request.conflict", rows));
            refresh.run();
        } catch (AccessDeniedToTenantException denied) {
            ServiceCalls.error(context.getTranslation("request.error.not-your-unit"));
        }
        return false;
    }
}
