package ru.perechen.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled value in a read-only card: «Регион — Новосибирская область». */
public class Fact extends Composite<Div> {

    public Fact(String label, String value, String emptyText) {
        this(label, new Span(value == null || value.isBlank() ? emptyText : value));
        if (value == null || value.isBlank()) {
            getContent().addClassName("fact-empty");
        }
    }

    public Fact(String label, Component value) {
        getContent().addClassName("fact");
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        value.addClassNames("fact-value");
        getContent().add(caption, value);
    }
}
