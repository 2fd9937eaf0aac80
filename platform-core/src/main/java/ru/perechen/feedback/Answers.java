package ru.perechen.feedback;

import java.util.EnumMap;
import java.util.Map;

/**
 * One response's answers as given: each field's value (an option's value, a score 1–5, a text, an ISO
 * date-time), the difficulties written under scores of 1–3, a comment, and a contact with its consent.
 */
public record Answers(Map<Field, String> values, Map<Field, String> difficulties, String comment, String contact, boolean consent) {

    public Answers {
        values = copy(values);
        difficulties = copy(difficulties);
        comment = blankToNull(comment);
        contact = blankToNull(contact);
    }

    public String value(Field field) {
        return values.get(field);
    }

    public Integer score(Field field) {
        String value = values.get(field);
        return value == null ? null : Integer.valueOf(value);
    }

    private static Map<Field, String> copy(Map<Field, String> map) {
        Map<Field, String> copy = new EnumMap<>(Field.class);
        if (map != null) {
            map.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    copy.put(k, v.strip());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
