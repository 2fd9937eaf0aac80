package ru.perechen.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Every visible string comes from {@code messages_ru.properties} (default) or {@code messages_en.properties}. */
@Component
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(RUSSIAN, ENGLISH);

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MessagesI18NProvider() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(RUSSIAN);
        messages.setUseCodeAsDefaultMessage(false);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : RUSSIAN;
        return messages.getMessage(key, params.length == 0 ? null : params, "!" + key, effective);
    }
}
