package ru.perechen.feedback.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import ru.perechen.feedback.TouchpointLink;

/** A touchpoint's survey link as a client opens it: the address this page was opened at, then the form's path. */
final class SurveyLinks {

    private SurveyLinks() {
    }

    /** The scheme, host and context path of the current request (behind a proxy, as its forwarded headers say). */
    static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).build().toUriString();
    }

    static String url(String base, TouchpointLink link) {
        return base + link.path();
    }

    /** The file name part for a touchpoint's downloads: its token, which names nothing internal. */
    static String fileName(String prefix, TouchpointLink link, String extension) {
        return prefix + "-" + link.token() + "." + extension;
    }
}
