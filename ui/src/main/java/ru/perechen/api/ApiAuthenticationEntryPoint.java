package ru.perechen.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import ru.perechen.ui.MessagesI18NProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's 401: the bearer challenge ({@code WWW-Authenticate}) and, as every other refusal, a
 * Russian problem with its {@code code} — no token, or one that is expired, forged or not for this API.
 */
@Component(ApiAuthenticationEntryPoint.NAME)
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String NAME = "apiAuthenticationEntryPoint";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final MessagesI18NProvider messages;

    ApiAuthenticationEntryPoint(MessagesI18NProvider messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        challenge.commence(request, response, refused);
        Locale locale = ApiLanguage.of(request);
        String code = refused instanceof InvalidBearerTokenException ? "api.problem.invalid-token" : "api.problem.unauthorized";
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getTranslation("api.problem.unauthorized.title", locale));
        problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        problem.put("detail", messages.getTranslation(code, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
