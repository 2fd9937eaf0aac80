package ru.perechen.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import ru.perechen.tenancy.Access;
import ru.perechen.tenancy.AccessDeniedToTenantException;
import ru.perechen.tenancy.Allowed;

/**
 * Refuses an API call before its operation runs unless the caller has the access the operation
 * declares with {@link Allowed} — the same access its page requires (decision 28). The services
 * check again; this makes the refusal the same 403 problem for every operation and keeps what the
 * OpenAPI document says true. An operation that declares nothing is refused to everybody.
 */
final class ApiAccessInterceptor implements HandlerInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAccessInterceptor.class);

    /** The access an operation declares: on its method, else on its controller. */
    static Optional<Access> declared(HandlerMethod method) {
        return declared(method.getBeanType(), method.getMethod());
    }

    static Optional<Access> declared(Class<?> controller, Method method) {
        Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(method, Allowed.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(controller, Allowed.class);
        }
        return Optional.ofNullable(allowed).map(Allowed::value);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Access access = declared(method).orElseThrow(() -> {
                LOG.error("{} declares no @Allowed access: refused to everybody", method.getShortLogMessage());
                return new AccessDeniedToTenantException("The operation declares no access");
            });
            access.require();
        }
        return true;
    }
}
