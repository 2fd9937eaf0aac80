package ru.perechen.feedback.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.perechen.feedback.Answers;
import ru.perechen.feedback.Field;
import ru.perechen.feedback.PublicSurvey;
import ru.perechen.feedback.SurveyDefinition;
import ru.perechen.feedback.SurveyDefinition.Question;

/**
 * What one step of the public form shows: the questions of the step that are asked given the answers so
 * far, each with its value and its error, and the answers of the earlier step carried as hidden fields.
 */
record SurveyPage(PublicSurvey survey, int step, String formKey, List<Item> items, Map<String, String> carried,
                  Map<String, String> errors, Map<String, String> given) {

    /** One question as shown: its input's name, the value given, the error; for a score, its difficulty field. */
    record Item(Question question, String name, String value, String error, String difficultyName, String difficultyValue,
                String difficultyError) {
        public boolean scale() {
            return question.kind() == SurveyDefinition.Kind.SCALE;
        }
    }

    static final String MEASURE = "measure";

    static SurveyPage of(PublicSurvey survey, int step, String formKey, Map<String, String> given, Map<String, String> errors) {
        Map<Field, String> values = answers(given, survey).values();
        List<Item> items = new ArrayList<>();
        for (Question q : survey.survey().block(step)) {
            if (q.kind() == SurveyDefinition.Kind.FIXED || !survey.survey().asked(q, values)) {
                continue;
            }
            if (q.field() == Field.SUPPORT_MEASURE && !survey.measures().isEmpty()) {
                continue; // chosen among the touchpoint's measures, shown apart
            }
            String name = name(q.field());
            String difficulty = "difficulty-" + name;
            items.add(new Item(q, name, given.get(name), errors.get(name), q.field().score() ? difficulty : null,
                    given.get(difficulty), errors.get(difficulty)));
        }
        Map<String, String> carried = new LinkedHashMap<>();
        if (step == 2) {
            for (Question q : survey.survey().block(1)) {
                String name = name(q.field());
                if (given.containsKey(name)) {
                    carried.put(name, given.get(name));
                }
            }
            if (given.containsKey(MEASURE)) {
                carried.put(MEASURE, given.get(MEASURE));
            }
        }
        return new SurveyPage(survey, step, formKey, items, carried, errors, given);
    }

    static String name(Field field) {
        return field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The answers in the form's fields (values as typed; the check says what does not fit). */
    static Answers answers(Map<String, String> given, PublicSurvey survey) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        Map<Field, String> difficulties = new EnumMap<>(Field.class);
        for (Question q : survey.survey().questions()) {
            if (q.kind() == SurveyDefinition.Kind.FIXED) {
                continue;
            }
            String value = given.get(name(q.field()));
            if (value != null && !value.isBlank()) {
                values.put(q.field(), q.kind() == SurveyDefinition.Kind.DATETIME && value.length() == 16 ? value + ":00" : value);
            }
            String difficulty = given.get("difficulty-" + name(q.field()));
            if (difficulty != null && !difficulty.isBlank()) {
                difficulties.put(q.field(), difficulty);
            }
        }
        return new Answers(values, difficulties, given.get("comment"), given.get("contact"), "on".equals(given.get("consent")));
    }

    /**
     * The measure chosen: the form numbers the touchpoint's measures from 1 (no internal id reaches the
     * client); a number that is none of them is passed on as an unknown id, to be refused.
     */
    static UUID measure(Map<String, String> given, PublicSurvey survey) {
        String value = given.get(MEASURE);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int index = Integer.parseInt(value.strip());
            if (index >= 1 && index <= survey.measures().size()) {
                return survey.measures().get(index - 1).processId();
            }
        } catch (NumberFormatException broken) {
            // refused below
        }
        return new UUID(0, 0);
    }

    /** The measure the page names: the only one, or the one chosen. */
    public PublicSurvey.Measure chosen() {
        if (survey.measures().size() == 1) {
            return survey.measures().getFirst();
        }
        UUID id = measure(given, survey);
        return id == null ? null : survey.measure(id).orElse(null);
    }
}
