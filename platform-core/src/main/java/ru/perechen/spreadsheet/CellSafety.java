package ru.perechen.spreadsheet;

/**
 * Formula injection (CSV/XLSX): a spreadsheet takes text beginning with {@code = + - @}, a tab or a
 * carriage return for a formula. Text written to a CSV is prefixed with an apostrophe then, and the
 * apostrophe is taken off again when such a file comes back, so a value survives the round trip.
 * (XLSX cells are always written as text with the quote-prefix style: no visible apostrophe.)
 */
public final class CellSafety {

    private static final char QUOTE = '\'';

    private CellSafety() {
    }

    /** Whether a spreadsheet could read the text as a formula. */
    public static boolean dangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as written to a CSV cell: never read as a formula. */
    public static String neutralise(String text) {
        if (text == null) {
            return null;
        }
        return dangerous(stripQuotes(text)) ? QUOTE + text : text;
    }

    /** The inverse of {@link #neutralise}: what was written before it was neutralised. */
    public static String restore(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != QUOTE) {
            return text;
        }
        String inner = text.substring(1);
        return neutralise(inner).equals(text) ? inner : text;
    }

    private static String stripQuotes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == QUOTE) {
            i++;
        }
        return text.substring(i);
    }
}
