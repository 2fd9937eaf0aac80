package ru.perechen.documents;

import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the import compares it: case, ё, quotes, punctuation and spacing do not matter. */
final class Texts {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Texts() {
    }

    static String norm(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }
}
