package ru.perechen.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the printed documents, from their own bundle (always Russian: the acts require it). */
public final class PrintedTexts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("ru.perechen.documents.printed", RUSSIAN);

    private PrintedTexts() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, RUSSIAN).format(arguments);
    }
}
