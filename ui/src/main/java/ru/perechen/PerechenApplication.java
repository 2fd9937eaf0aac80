package ru.perechen;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Perechen: the register of client touchpoints of regional government agencies. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "color-scheme", content = "light")
public class PerechenApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PerechenApplication.class, args);
    }
}
