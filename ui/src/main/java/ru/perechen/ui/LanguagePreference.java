package ru.perechen.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Russian first: a new session is Russian whatever the browser asks for, unless the person chose
 * English earlier (remembered in a cookie).
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "perechen-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(fromRequest(init.getRequest())));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    static Locale fromRequest(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .filter(c -> "en".equals(c.getValue())).map(c -> MessagesI18NProvider.ENGLISH)
                    .orElse(MessagesI18NProvider.RUSSIAN);
        }
        return MessagesI18NProvider.RUSSIAN;
    }

    /** Switches the session's language, remembers it, and reloads the page in it. */
    static void choose(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        VaadinSession.getCurrent().setLocale(locale);
    }
}
