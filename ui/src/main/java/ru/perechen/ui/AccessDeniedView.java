package ru.perechen.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A friendly refusal: the page exists for someone else, not for this person. Says nothing of what
 * is behind it — not even whether the agency in the address exists.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("error-page");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        var icon = VaadinIcon.LOCK.create();
        icon.addClassName("error-icon");
        add(icon, new H1(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new Anchor("", getTranslation("error.access-denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
