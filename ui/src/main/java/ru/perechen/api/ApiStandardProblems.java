package ru.perechen.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ru.perechen.ui.MessagesI18NProvider;

/**
 * Spring MVC's own refusals — an unknown address, a method the address does not take, a missing or
 * malformed parameter or body, a media type it does not read — as the same Russian problems with a
 * {@code code} (and the {@code field} where there is one) as the services' refusals. Takes the place
 * of Spring Boot's default problem handler.
 */
@RestControllerAdvice
class ApiStandardProblems extends ResponseEntityExceptionHandler {

    private final MessagesI18NProvider messages;

    ApiStandardProblems(MessagesI18NProvider messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            HttpServletRequest servlet = request instanceof ServletWebRequest web ? web.getRequest() : null;
            describe(problem, ex, status.value(), ApiLanguage.of(servlet));
        }
        return answer;
    }

    private void describe(ProblemDetail problem, Exception ex, int status, Locale locale) {
        String code;
        Object[] args = {};
        String field = null;
        switch (ex) {
            case MissingServletRequestParameterException missing -> {
                code = "api.problem.parameter-missing";
                field = missing.getParameterName();
                args = new Object[] {field};
            }
            case MethodArgumentTypeMismatchException mismatch -> {
                code = "api.problem.parameter-invalid";
                field = mismatch.getName();
                args = new Object[] {field};
            }
            case TypeMismatchException mismatch -> {
                code = "api.problem.parameter-invalid";
                field = mismatch.getPropertyName();
                args = new Object[] {String.valueOf(field)};
            }
            case HttpMessageNotReadableException unreadable -> code = "api.problem.body-unreadable";
            case HttpRequestMethodNotSupportedException method -> {
                code = "api.problem.method-not-allowed";
                args = new Object[] {method.getMethod(), method.getSupportedHttpMethods() == null ? ""
                        : method.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "))};
            }
            case HttpMediaTypeNotSupportedException type -> {
                code = "api.problem.unsupported-media-type";
                args = new Object[] {type.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "))};
            }
            default -> code = switch (status) {
                case 400 -> "api.problem.bad-request";
                case 404 -> "api.problem.not-found";
                case 406 -> "api.problem.not-acceptable";
                case 413 -> "api.problem.request-too-large";
                default -> "api.problem.error";
            };
        }
        problem.setTitle(messages.getTranslation(titleKey(status), locale));
        problem.setDetail(messages.getTranslation(code, locale, args));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
    }

    private static String titleKey(int status) {
        return switch (status) {
            case 400 -> "api.problem.invalid";
            case 404 -> "api.problem.not-found.title";
            case 405 -> "api.problem.method-not-allowed.title";
            case 406, 415 -> "api.problem.format.title";
            case 413 -> "api.problem.too-large.title";
            default -> "api.problem.error.title";
        };
    }
}
