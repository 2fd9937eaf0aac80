package ru.perechen.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import ru.perechen.ui.MessagesI18NProvider;

/** The language of the API's answers: Russian unless the caller asks for English first. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        String accept = request == null ? null : request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.RUSSIAN;
    }
}
