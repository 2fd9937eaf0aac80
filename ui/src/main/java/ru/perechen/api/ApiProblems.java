package ru.perechen.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import ru.perechen.calendar.CalendarYearMissingException;
import ru.perechen.http.BoundedBody;
import ru.perechen.catalog.InvalidConfigurationException;
import ru.perechen.register.ListConflictException;
import ru.perechen.tenancy.InvalidSettingException;
import ru.perechen.tenancy.Role;
import ru.perechen.tenancy.RoleRequiredException;
import ru.perechen.ui.MessagesI18NProvider;
import ru.perechen.workflow.ChangeStatus;
import ru.perechen.workflow.InvalidTransitionException;

/**
 * What the API answers when a service refuses: 400 with the field for bad input, 403 when the caller
 * may not, 409 when the request's state, its version or the list in force does not allow the action.
 * Nothing was changed in any of these cases.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    private final MessagesI18NProvider messages;

    ApiProblems(MessagesI18NProvider messages) {
        this.messages = messages;
    }

    private static Locale language(HttpServletRequest request) {
        return ApiLanguage.of(request);
    }

    @ExceptionHandler(InvalidConfigurationException.class)
    ProblemDetail invalid(InvalidConfigurationException e, HttpServletRequest request) {
        HttpStatus status = e.messageKey().endsWith(".not-found") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return withField(problem(status, "api.problem.invalid", e.messageKey(), language(request), e.arguments()), e.field());
    }

    /** A file refused by the documents' checks: 400, with the reason in words and its code. */
    @ExceptionHandler(ru.perechen.documents.DocumentRejectedException.class)
    ProblemDetail rejected(ru.perechen.documents.DocumentRejectedException e, HttpServletRequest request) {
        return withField(problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", e.messageKey(), language(request), e.arguments()),
                "file");
    }

    /** A kept import file that the upload check now refuses is not handed out: 409, with the check's reason. */
    @ExceptionHandler(ru.perechen.documents.SourceRefusedException.class)
    ProblemDetail sourceRefused(ru.perechen.documents.SourceRefusedException e, HttpServletRequest request) {
        Locale locale = language(request);
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.refused", e.messageKey(), locale,
                messages.getTranslation(e.reason().messageKey(), locale, e.reason().arguments()));
        problem.setProperty("reason", e.reason().messageKey());
        return problem;
    }

    @ExceptionHandler(InvalidSettingException.class)
    ProblemDetail invalidSetting(InvalidSettingException e, HttpServletRequest request) {
        return withField(problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", e.messageKey(), language(request), e.arguments()),
                e.field());
    }

    /** The identity provider refused or is not reachable: nothing was kept; 503, the request may be repeated. */
    @ExceptionHandler(ru.perechen.admin.ProvisioningException.class)
    ProblemDetail identityRefused(ru.perechen.admin.ProvisioningException e, HttpServletRequest request) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.identity", e.messageKey(), language(request), e.arguments());
    }

    @ExceptionHandler(CalendarYearMissingException.class)
    ProblemDetail calendarMissing(CalendarYearMissingException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.refused", "calendar.error.year-missing", language(request),
                String.valueOf(e.year()));
        problem.setProperty("year", e.year());
        return problem;
    }

    @ExceptionHandler(InvalidTransitionException.class)
    ProblemDetail refused(InvalidTransitionException e, HttpServletRequest request) {
        Locale locale = language(request);
        Object[] args = Arrays.stream(e.arguments())
                .map(a -> a instanceof ChangeStatus s ? messages.getTranslation(s.messageKey(), locale) : a).toArray();
        return problem(HttpStatus.CONFLICT, "api.problem.refused", e.messageKey(), locale, args);
    }

    /** A problem whose detail is the message of {@code code}, which it also carries for programs. */
    private ProblemDetail problem(HttpStatus status, String titleKey, String code, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getTranslation(code, locale, args));
        problem.setTitle(messages.getTranslation(titleKey, locale));
        problem.setProperty("code", code);
        return problem;
    }

    private static ProblemDetail withField(ProblemDetail problem, String field) {
        problem.setProperty("field", field);
        return problem;
    }

    @ExceptionHandler(ListConflictException.class)
    ProblemDetail conflict(ListConflictException e, HttpServletRequest request) {
        Locale locale = language(request);
        List<String> rows = e.conflicts().stream()
                .map(c -> c.changedIn() == null ? messages.getTranslation("request.conflict.duplicate", locale, c.description())
                        : messages.getTranslation("request.conflict.changed", locale, c.description(), c.changedIn()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getTranslation("request.conflict", locale, String.join("; ", rows)));
        problem.setTitle(messages.getTranslation("api.problem.conflict", locale));
        problem.setProperty("code", "request.conflict");
        problem.setProperty("conflicts", e.conflicts());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        Locale locale = language(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getTranslation("api.problem.stale", locale));
        problem.setTitle(messages.getTranslation("api.problem.refused", locale));
        problem.setProperty("code", "stale");
        return problem;
    }

    /** The caller lacks every role the operation requires (decision 28): which roles would do is said. */
    @ExceptionHandler(RoleRequiredException.class)
    ProblemDetail roleRequired(RoleRequiredException e, HttpServletRequest request) {
        Locale locale = language(request);
        List<Role> roles = e.access().roles().stream().sorted().toList();
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "api.problem.denied.title", "api.problem.role-required", locale,
                roles.stream().map(r -> messages.getTranslation(r.messageKey(), locale)).collect(Collectors.joining(", ")));
        problem.setProperty("roles", roles.stream().map(Role::keycloakName).toList());
        return problem;
    }

    /** A body past its limit: 413, refused before or while it was read, nothing kept. */
    @ExceptionHandler(BoundedBody.TooLarge.class)
    ProblemDetail tooLarge(BoundedBody.TooLarge e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "api.problem.too-large.title", "api.problem.too-large",
                language(request), e.maxMegabytes());
        problem.setProperty("limitMegabytes", e.maxMegabytes());
        return problem;
    }

    /** Every parse slot of this node is taken: 503 with {@code Retry-After}; the caller sends the file again later. */
    @ExceptionHandler({ru.perechen.documents.ParseGate.Busy.class, ru.perechen.http.HeldBodies.Busy.class})
    org.springframework.http.ResponseEntity<ProblemDetail> busy(RuntimeException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.busy.title", "api.problem.busy", language(request),
                ru.perechen.documents.ParseGate.RETRY_AFTER_SECONDS);
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(ru.perechen.documents.ParseGate.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    /** Refused by the service for this person's part in it (not their unit, not their agency, …). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "api.problem.denied.title", "api.problem.denied", language(request));
    }
}
