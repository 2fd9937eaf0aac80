package ru.perechen.uikit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;

/** The title of a page with an optional line under it. */
public class PageHeader extends Composite<Div> {

    public PageHeader(String title, String subtitle) {
        getContent().addClassName("page-header");
        H1 heading = new H1(title);
        getContent().add(heading);
        if (subtitle != null && !subtitle.isBlank()) {
            Span sub = new Span(subtitle);
            sub.addClassName("page-subtitle");
            getContent().add(sub);
        }
    }
}
