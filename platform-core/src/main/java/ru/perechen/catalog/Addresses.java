package ru.perechen.catalog;

import java.net.URI;
import java.util.regex.Pattern;

/** What web, e-mail and phone addresses entered by people must look like. */
final class Addresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-–,;доб.]+$");

    private Addresses() {
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** A phone number (or several): digits with the usual separators, at least five digits. */
    static boolean isPhone(String value) {
        return PHONE.matcher(value).matches() && value.chars().filter(Character::isDigit).count() >= 5;
    }
}
